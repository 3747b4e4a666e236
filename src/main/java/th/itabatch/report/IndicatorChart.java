package th.itabatch.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import th.itabatch.thai.ThaiDigits;
import th.itabatch.thai.ThaiWords;

/**
 * The brief's chart of the indicators against the target, drawn as an image (a Word document shows
 * it as it is, printed or as PDF): the value axis from a floor below the lowest score or the target
 * (so 85 and 97 look different), the value on each bar, the target as a labelled line, and names
 * broken between Thai words, never inside one.
 *
 * @param labels the indicators' names
 * @param values their scores (null: no bar)
 * @param target the target, or null
 * @param valueTexts the scores as the report writes them (digits per the setting)
 * @param targetText the target's label
 */
public record IndicatorChart(List<String> labels, List<BigDecimal> values, BigDecimal target, List<String> valueTexts,
		String targetText) {

	/** Thai fonts in the order a brief prefers them; the first the machine has is used. */
	private static final List<String> FONTS = List.of("TH Sarabun New", "TH SarabunPSK", "Laksaman", "Garuda", "Loma",
			Font.SANS_SERIF);

	/** Pixels per centimetre at the image's resolution (about 190 dpi, crisp when printed at its size). */
	static final int SCALE = 75;

	/** The width and height in centimetres the brief shows it at. */
	public static final double WIDTH_CM = 16;

	public static final double HEIGHT_CM = 9;

	/** The axis floor below the lowest score or target ({@link AxisFloor}). */
	int floor() {
		Double lowest = target == null ? null : target.doubleValue();
		for (BigDecimal value : values) {
			if (value != null && (lowest == null || value.doubleValue() < lowest)) {
				lowest = value.doubleValue();
			}
		}
		return lowest == null ? 0 : AxisFloor.below(lowest);
	}

	/** The chart as a PNG image. */
	public byte[] png() {
		return PngEncoder.encode(image());
	}

	/** The chart drawn, white behind it. */
	BufferedImage image() {
		int width = (int) (WIDTH_CM * SCALE);
		int height = (int) (HEIGHT_CM * SCALE);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			draw(g, width, height);
		}
		finally {
			g.dispose();
		}
		return image;
	}

	private void draw(Graphics2D g, int width, int height) {
		Font font = new Font(fontName(), Font.PLAIN, 30);
		g.setFont(font);
		FontMetrics metrics = g.getFontMetrics();
		int line = metrics.getHeight();
		int left = 90;
		int right = width - 30;
		int top = 30 + line;
		int bottom = height - 3 * line - 20;
		int floor = floor();
		int ceiling = 100;
		// The value axis: a line every 5 points from the floor to 100.
		g.setStroke(new BasicStroke(1f));
		for (int v = floor; v <= ceiling; v += 5) {
			int y = y(v, floor, ceiling, top, bottom);
			g.setColor(new Color(0xDDDDDD));
			g.drawLine(left, y, right, y);
			g.setColor(Color.DARK_GRAY);
			String text = valueTexts.isEmpty() ? String.valueOf(v) : digitsLike(String.valueOf(v));
			g.drawString(text, left - 12 - metrics.stringWidth(text), y + metrics.getAscent() / 3);
		}
		int n = Math.max(1, labels.size());
		double slot = (double) (right - left) / n;
		int barWidth = (int) (slot * 0.55);
		for (int i = 0; i < labels.size(); i++) {
			int x = (int) (left + slot * i + (slot - barWidth) / 2);
			BigDecimal value = values.get(i);
			if (value != null) {
				int y = y(value.doubleValue(), floor, ceiling, top, bottom);
				boolean below = target != null && value.compareTo(target) < 0;
				g.setColor(below ? new Color(0xC0504D) : new Color(0x4F81BD));
				g.fillRect(x, y, barWidth, bottom - y);
			}
			int ly = bottom + line;
			for (String part : wrapped(labels.get(i), metrics, (int) slot - 8)) {
				g.drawString(part, (int) (left + slot * i + (slot - metrics.stringWidth(part)) / 2), ly);
				ly += line;
			}
		}
		if (target != null) {
			int y = y(target.doubleValue(), floor, ceiling, top, bottom);
			g.setColor(new Color(0xE36C09));
			g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 12f, 8f }, 0f));
			g.drawLine(left, y, right, y);
			// The legend above the plot: the target's line and its label, clear of every bar and value.
			int legendY = 10 + metrics.getAscent();
			int labelWidth = metrics.stringWidth(targetText);
			g.drawLine(right - labelWidth - 80, legendY - metrics.getAscent() / 3, right - labelWidth - 12,
					legendY - metrics.getAscent() / 3);
			g.drawString(targetText, right - labelWidth, legendY);
			g.setStroke(new BasicStroke(1f));
		}
		// The values last, on a white ground: the target line never crosses one.
		for (int i = 0; i < labels.size(); i++) {
			BigDecimal value = values.get(i);
			if (value == null) {
				continue;
			}
			int x = (int) (left + slot * i + (slot - barWidth) / 2);
			int y = y(value.doubleValue(), floor, ceiling, top, bottom);
			String text = valueTexts.get(i);
			int textWidth = metrics.stringWidth(text);
			int tx = x + (barWidth - textWidth) / 2;
			g.setColor(Color.WHITE);
			g.fillRect(tx - 4, y - 8 - metrics.getAscent(), textWidth + 8, metrics.getAscent() + 6);
			g.setColor(Color.BLACK);
			g.drawString(text, tx, y - 8);
		}
		g.setColor(Color.DARK_GRAY);
		g.setStroke(new BasicStroke(2f));
		g.drawLine(left, bottom, right, bottom);
	}

	/** The axis numbers in the digits the values use. */
	private String digitsLike(String number) {
		boolean thai = valueTexts.stream().anyMatch(t -> !t.equals(ThaiDigits.toArabic(t)));
		return thai ? ThaiDigits.toThai(number) : number;
	}

	private static int y(double value, int floor, int ceiling, int top, int bottom) {
		return (int) Math.round(bottom - (value - floor) / (ceiling - floor) * (bottom - top));
	}

	/** The label broken into lines that fit, between words (Thai words found by the JDK's dictionary). */
	static List<String> wrapped(String text, FontMetrics metrics, int width) {
		return ThaiWords.lines(text, line -> metrics.stringWidth(line) <= width);
	}

	private static String fontName() {
		Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
		return FONTS.stream().filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
	}
}

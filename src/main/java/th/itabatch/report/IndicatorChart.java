package th.itabatch.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import th.itabatch.thai.KeptAnswers;
import th.itabatch.thai.ThaiDigits;
import th.itabatch.thai.ThaiWords;

/**
 * The brief's chart of the indicators against the target, drawn as an image (a Word document shows
 * it as it is, printed or as PDF): the value axis from a floor below the lowest score or the target
 * (so 85 and 97 look different), the value on each bar, the target as a labelled line, and names
 * broken between Thai words, never inside one (or the bars' numbers, where the names fit at no size).
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

	/** The smallest type, in pixels, the names are drawn in (8 points at the image's resolution). */
	static final int SMALLEST_NAME = 21;

	/** The lines a name may take at most. */
	static final int NAME_LINES = 3;

	/** The plot's margins in pixels: the value axis's numbers on the left, a little space on the right. */
	private static final int LEFT = 90;

	private static final int RIGHT = 30;

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
		Font font = font();
		g.setFont(font);
		FontMetrics metrics = g.getFontMetrics();
		int line = metrics.getHeight();
		int left = LEFT;
		int right = width - RIGHT;
		// The plot starts below the legend's line and the value written above a bar of 100 (its white
		// ground 8 pixels over the bar and an ascent high): a score of 100 had its ground erase the legend.
		int legendY = 10 + metrics.getAscent();
		int top = target == null ? 30 + line : legendY + metrics.getDescent() + 12 + metrics.getAscent();
		double slot = slot(width, labels.size());
		LabelLayout names = labelLayout(g, font, nameWidth(labels.size()));
		FontMetrics nameMetrics = g.getFontMetrics(names.font());
		int nameLine = nameMetrics.getHeight();
		int bottom = height - names.lineCount() * nameLine - 20;
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
			g.setFont(names.font());
			int ly = bottom + nameLine;
			for (String part : names.lines().get(i)) {
				g.drawString(part, (int) (left + slot * i + (slot - nameMetrics.stringWidth(part)) / 2), ly);
				ly += nameLine;
			}
			g.setFont(font);
		}
		if (target != null) {
			int y = y(target.doubleValue(), floor, ceiling, top, bottom);
			g.setColor(new Color(0xE36C09));
			g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 12f, 8f }, 0f));
			g.drawLine(left, y, right, y);
			// The legend above the plot: the target's line and its label, clear of every bar and value.
			int labelWidth = metrics.stringWidth(targetText);
			g.drawLine(right - labelWidth - 80, legendY - metrics.getAscent() / 3, right - labelWidth - 12,
					legendY - metrics.getAscent() / 3);
			g.drawString(targetText, right - labelWidth, legendY);
			g.setStroke(new BasicStroke(1f));
		}
		// The values last, on a white ground: the target line never crosses one. In type small enough for
		// the widest to keep to its slot: ten bars' "๑๐๐.๐๐" side by side ran together (a retrial's brief).
		g.setFont(valueFont(g, font));
		metrics = g.getFontMetrics();
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

	/** The values' type: the chart's, or smaller where the widest would overrun its bar's slot. */
	Font valueFont(Graphics2D g, Font font) {
		int room = nameWidth(labels.size());
		Font sized = font;
		// Type's widths do not scale evenly: from the proportional size down by half pixels until it fits.
		for (float size = font.getSize2D(); widest(g, sized) > room && size > 8;) {
			size = Math.max(8, Math.min(size - 0.5f, size * room / widest(g, sized)));
			sized = font.deriveFont(size);
		}
		return sized;
	}

	private int widest(Graphics2D g, Font font) {
		return valueTexts.stream().mapToInt(g.getFontMetrics(font)::stringWidth).max().orElse(0);
	}

	/** The axis numbers in the digits the values use. */
	private String digitsLike(String number) {
		boolean thai = valueTexts.stream().anyMatch(t -> !t.equals(ThaiDigits.toArabic(t)));
		return thai ? ThaiDigits.toThai(number) : number;
	}

	private static int y(double value, int floor, int ceiling, int top, int bottom) {
		return (int) Math.round(bottom - (value - floor) / (ceiling - floor) * (bottom - top));
	}

	/**
	 * The indicators' names under their bars: the largest type, from the chart's own down to
	 * {@value #SMALLEST_NAME} pixels (8 points printed), at which every name breaks between words into
	 * at most {@value #NAME_LINES} lines as wide as its bar's slot. Where no size fits (ten indicators
	 * leave a slot of 1.3 cm, narrower than "ประสิทธิภาพ" at 8 points), each bar is named by its number,
	 * the number of its row in the table the brief shows under the chart: names that ran into each
	 * other and lost their last lines below the image could not be read.
	 */
	LabelLayout labelLayout(Graphics2D g, Font font, int width) {
		LayoutKey key = new LayoutKey(new java.util.ArrayList<>(labels), font, width, g.getFontRenderContext(),
				digitsLike("1"));
		return LAYOUTS.get(key, k -> layOut(g, font, width));
	}

	private LabelLayout layOut(Graphics2D g, Font font, int width) {
		for (int size = font.getSize(); size >= SMALLEST_NAME; size -= 2) {
			Font sized = font.deriveFont((float) size);
			FontMetrics metrics = g.getFontMetrics(sized);
			List<List<String>> lines = labels.stream().map(label -> wrapped(label, metrics, width)).toList();
			if (lines.stream()
				.allMatch(name -> name.size() <= NAME_LINES && name.stream().allMatch(l -> metrics.stringWidth(l) <= width))) {
				return new LabelLayout(sized, lines);
			}
		}
		List<List<String>> numbers = IntStream.rangeClosed(1, labels.size())
			.mapToObj(i -> List.of(digitsLike(String.valueOf(i))))
			.toList();
		return new LabelLayout(font, numbers);
	}

	/**
	 * The names' layouts made: every unit's brief names the same indicators, and trying each size of
	 * type on them (Thai shaped by the font engine for every line tried) was 8 % of the native time of
	 * a thousand units' report threads (docs/benchmarks.md, the seventeenth pass).
	 */
	private static final KeptAnswers<LayoutKey, LabelLayout> LAYOUTS = new KeptAnswers<>(256);

	/** What a layout depends on: the names, the type, the room, how type is measured, the digits. */
	private record LayoutKey(List<String> labels, Font font, int width, FontRenderContext context, String one) {
	}

	/** The names' type and each name's lines. */
	record LabelLayout(Font font, List<List<String>> lines) {

		/** The lines the longest name takes, at least one. */
		int lineCount() {
			return Math.max(1, lines.stream().mapToInt(List::size).max().orElse(1));
		}
	}

	/** The width of a bar's slot, in pixels, in an image {@code width} wide showing so many indicators. */
	private static double slot(int width, int indicators) {
		return (double) (width - RIGHT - LEFT) / Math.max(1, indicators);
	}

	/** The width a bar's name may take in the chart's image: its slot, less a margin on either side. */
	static int nameWidth(int indicators) {
		return (int) slot((int) (WIDTH_CM * SCALE), indicators) - 8;
	}

	/** The label broken into lines that fit, between words (Thai words found by the JDK's dictionary). */
	static List<String> wrapped(String text, FontMetrics metrics, int width) {
		return ThaiWords.lines(text, line -> metrics.stringWidth(line) <= width);
	}

	/** The chart's type: the first Thai font the machine has, 30 pixels (about 11 points printed). */
	static Font font() {
		return new Font(fontName(), Font.PLAIN, 30);
	}

	private static String fontName() {
		return FONTS.stream().filter(Installed.FAMILIES::contains).findFirst().orElse(Font.SANS_SERIF);
	}

	/**
	 * The typeface if this machine has it, else the Thai font the chart is drawn in (LibreOffice, which
	 * makes the PDFs, takes Laksaman for TH Sarabun New, their letters as wide).
	 */
	static String installed(String typeface) {
		return typeface != null && Installed.FAMILIES.contains(typeface) ? typeface : fontName();
	}

	/** The machine's font families, asked once. */
	private static final class Installed {

		static final Set<String> FAMILIES = Set
			.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
	}
}

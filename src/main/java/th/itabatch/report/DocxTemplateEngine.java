package th.itabatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.ConfigureBuilder;
import com.deepoove.poi.data.PictureType;
import com.deepoove.poi.data.Pictures;

/**
 * Fills Word templates ({@code .docx}) with poi-tl: {@code {{brief.reasons}}} writes a text,
 * {@code {{brief.plan}}} in a table row repeats the row under it for every item (its cells name the
 * item's values as {@code [activity]}), {@code {{@brief.chart}}} places the chart. Users restyle the
 * template in Word: fonts, sizes, the table's borders and the text around the tags are theirs.
 */
@Component
public class DocxTemplateEngine implements TemplateEngine {

	/** A centimetre in the pixels poi-tl sizes pictures by (96 per inch). */
	private static final double PIXELS_PER_CM = 96 / 2.54;

	/**
	 * The variables as poi-tl takes them, a map and the maps in it: a list may fill a table (its tag,
	 * such as {@code {{brief.plan}}}, in a row repeats the row below it for each item), a chart becomes
	 * its picture (drawn only here: a report without a Word template never pays for the image).
	 */
	private static Map<String, Object> prepared(String prefix, Map<String, Object> variables, ConfigureBuilder configure,
			ThaiFormat format) {
		Map<String, Object> values = new HashMap<>(variables);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			String tag = prefix + variable.getKey();
			if (variable.getValue() instanceof List<?>) {
				configure.bind(tag, new RepeatedRowPolicy());
			}
			else if (variable.getValue() instanceof IndicatorChart chart) {
				values.put(variable.getKey(), Pictures.ofBytes(chart.png(), PictureType.PNG)
					.size((int) (IndicatorChart.WIDTH_CM * PIXELS_PER_CM), (int) (IndicatorChart.HEIGHT_CM * PIXELS_PER_CM))
					.create());
			}
			else if (variable.getValue() instanceof Map<?, ?> map && prefix.isEmpty()) {
				@SuppressWarnings("unchecked")
				Map<String, Object> inner = (Map<String, Object>) map;
				values.put(variable.getKey(), prepared(tag + ".", inner, configure, format));
			}
			else if (variable.getValue() instanceof java.math.BigDecimal || variable.getValue() instanceof Integer
					|| variable.getValue() instanceof Long) {
				// A number a restyled brief prints ({{report.overall}}) in the digits of the text around it,
				// as the Excel report's number formats show it (a trial's read "92.51" among ๙๒.๕๑).
				String plain = variable.getValue() instanceof java.math.BigDecimal decimal ? decimal.toPlainString()
						: String.valueOf(variable.getValue());
				values.put(variable.getKey(), format.digits(plain));
			}
		}
		return values;
	}

	@Override
	public List<th.itabatch.validation.Message> check(byte[] template, String file, Map<String, Object> variables) {
		return DocxTemplateCheck.check(template, file, variables);
	}

	@Override
	public boolean fills(String templateFile) {
		return templateFile.toLowerCase(Locale.ROOT).endsWith(".docx");
	}

	@Override
	public void fill(InputStream template, Map<String, Object> variables, OutputStream out) throws IOException {
		ConfigureBuilder configure = Configure.builder();
		Map<String, Object> values = prepared("", variables, configure,
				new ThaiFormat(Boolean.TRUE.equals(variables.get(ReportTemplateModel.THAI_DIGITS))));
		try (XWPFTemplate filled = XWPFTemplate.compile(template, configure.build()).render(values);
				PackageZipStream zip = new PackageZipStream(out)) {
			filled.write(zip);
		}
	}
}

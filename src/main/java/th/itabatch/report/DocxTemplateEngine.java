package th.itabatch.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
 * template in Word: fonts, sizes, the table's borders and the text around the tags are theirs. After
 * the first document of a template and a shape of values, the next are written from its
 * {@link DocxSkeleton}: the same bytes, without poi-tl parsing and saving each document (a unit's
 * brief 4.9 ms of CPU instead of 11.2 ms, most of it now its chart's picture).
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
	private static Map<String, Object> prepared(String prefix, Map<String, Object> variables, Set<String> lists,
			ThaiFormat format) {
		Map<String, Object> values = new HashMap<>(variables);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			String tag = prefix + variable.getKey();
			if (variable.getValue() instanceof List<?>) {
				lists.add(tag);
			}
			else if (variable.getValue() instanceof IndicatorChart chart) {
				values.put(variable.getKey(), Pictures.ofBytes(chart.png(), PictureType.PNG)
					.size((int) (IndicatorChart.WIDTH_CM * PIXELS_PER_CM), (int) (IndicatorChart.HEIGHT_CM * PIXELS_PER_CM))
					.create());
			}
			else if (variable.getValue() instanceof Map<?, ?> map && prefix.isEmpty()) {
				@SuppressWarnings("unchecked")
				Map<String, Object> inner = (Map<String, Object>) map;
				values.put(variable.getKey(), prepared(tag + ".", inner, lists, format));
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
		byte[] content = template.readAllBytes();
		Prepared prepared = Prepared.of(variables);
		TemplateBytes key = new TemplateBytes(content);
		if (TAGS.size() >= MAX_TEMPLATES) {
			TAGS.clear();
		}
		Optional<List<DocxSkeletons.Tag>> tags = TAGS.computeIfAbsent(key, k -> DocxSkeletons.tags(content));
		Optional<List<String>> shape = tags.flatMap(t -> DocxSkeletons.shape(t, prepared.values(), prepared.lists()));
		if (shape.isEmpty()) {
			poiTl(content, prepared, out);
			return;
		}
		Shaped shaped = new Shaped(key, shape.get());
		Optional<DocxSkeleton> skeleton = SKELETONS.get(shaped);
		if (skeleton != null && skeleton.isPresent()) {
			if (!skeleton.get().fill(prepared.values(), out)) {
				poiTl(content, prepared, out);
			}
			return;
		}
		ByteArrayOutputStream filled = new ByteArrayOutputStream();
		poiTl(content, prepared, filled);
		// The first fill of a shape: poi-tl's document is the one written, and the skeleton's must be the
		// same. A fill of values a skeleton leaves to poi-tl cannot show it: a later one will.
		if (skeleton == null && DocxSkeletons.provable(tags.get(), prepared.values(), prepared.lists())) {
			if (SKELETONS.size() >= MAX_SKELETONS) {
				SKELETONS.clear();
			}
			SKELETONS.put(shaped,
					DocxSkeletons.compile(content, tags.get(), prepared.values(), prepared.lists(), filled.toByteArray()));
		}
		filled.writeTo(out);
	}

	/** Fills the template with poi-tl alone, without a skeleton: what a skeleton's document must be the same as. */
	static void fillByPoiTl(byte[] template, Map<String, Object> variables, OutputStream out) throws IOException {
		poiTl(template, Prepared.of(variables), out);
	}

	/** Whether a skeleton writes the document of this template and these variables. */
	static boolean skeletonWrites(byte[] template, Map<String, Object> variables) throws IOException {
		Prepared prepared = Prepared.of(variables);
		TemplateBytes key = new TemplateBytes(template);
		Optional<List<String>> shape = TAGS.getOrDefault(key, Optional.empty())
			.flatMap(t -> DocxSkeletons.shape(t, prepared.values(), prepared.lists()));
		Optional<DocxSkeleton> skeleton = shape.flatMap(s -> SKELETONS.getOrDefault(new Shaped(key, s), Optional.empty()));
		return skeleton.isPresent() && skeleton.get().fill(prepared.values(), OutputStream.nullOutputStream());
	}

	/** The values as poi-tl takes them, and the tags of their lists (each filled by {@link RepeatedRowPolicy}). */
	private record Prepared(Map<String, Object> values, Set<String> lists) {

		static Prepared of(Map<String, Object> variables) {
			Set<String> lists = new HashSet<>();
			Map<String, Object> values = prepared("", variables, lists,
					new ThaiFormat(Boolean.TRUE.equals(variables.get(ReportTemplateModel.THAI_DIGITS))));
			return new Prepared(values, lists);
		}
	}

	/** Fills the template with poi-tl: its lists' rows by {@link RepeatedRowPolicy}. */
	private static void poiTl(byte[] template, Prepared prepared, OutputStream out) throws IOException {
		ConfigureBuilder configure = Configure.builder();
		prepared.lists().forEach(list -> configure.bind(list, new RepeatedRowPolicy()));
		try (XWPFTemplate filled = XWPFTemplate.compile(new ByteArrayInputStream(template), configure.build())
			.render(prepared.values());
				PackageZipStream zip = new PackageZipStream(out)) {
			filled.write(zip);
		}
	}

	/** A template and the shape of a fill's values: what a skeleton serves. */
	private record Shaped(TemplateBytes template, List<String> shape) {
	}

	/** Skeletons kept at most: a template's few shapes (a unit without scores, without a plan), a few templates. */
	private static final int MAX_SKELETONS = 32;

	/** Templates whose tags are kept at most: a user's edits are each another. */
	private static final int MAX_TEMPLATES = 16;

	/** Each template's tags, or none where poi-tl fills it every time. */
	private static final Map<TemplateBytes, Optional<List<DocxSkeletons.Tag>>> TAGS = new ConcurrentHashMap<>();

	/** Each shape's skeleton, or none where poi-tl fills it every time. */
	private static final Map<Shaped, Optional<DocxSkeleton>> SKELETONS = new ConcurrentHashMap<>();
}

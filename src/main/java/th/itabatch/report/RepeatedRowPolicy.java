package th.itabatch.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.GramerSymbol;
import com.deepoove.poi.exception.RenderException;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import com.deepoove.poi.policy.RenderPolicy;
import com.deepoove.poi.policy.TextRenderPolicy;
import com.deepoove.poi.resolver.TemplateResolver;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.MetaTemplate;
import com.deepoove.poi.template.run.RunTemplate;
import com.deepoove.poi.util.TableTools;

import th.itabatch.workbook.RowHeights;

/**
 * Repeats the table row under a list's tag once per item, as poi-tl's
 * {@link LoopRowTableRenderPolicy} does, and fills each copy's {@code [name]} tags with poi-tl's
 * text policy; but it finds the row's tags once, where poi-tl parsed every copy's cells again for
 * them (a quarter of the Word engine's time in a thousand units' briefs). A row whose tags are more
 * than names of the item's values (pictures, expressions, tags inside nested tables) is left to
 * poi-tl's policy, as are items that are not maps.
 */
final class RepeatedRowPolicy implements RenderPolicy {

	/** What a tag naming one of the item's values looks like: letters, digits, underscores. */
	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_]+");

	/**
	 * Points of a row beyond which it is let break across pages: some two-thirds of a landscape A4
	 * page's text height, as measuring is no exact science and a page's header rows take some.
	 */
	static final double PAGE_ROOM = 320;

	private final RenderPolicy general = new LoopRowTableRenderPolicy();

	private final RenderPolicy text = new TextRenderPolicy();

	private final Breaks breaks;

	/** Told when a row is left to poi-tl's own policy. */
	private final Runnable leftToPoiTl;

	/**
	 * Whether an item's copy of a row kept whole on a page ({@code rooms}: its tags' widths) is let
	 * break across pages.
	 */
	@FunctionalInterface
	interface Breaks {

		boolean breaks(Map<?, ?> item, List<Room> rooms);
	}

	/** The policy that lets a row break where its item's values may outgrow a page. */
	RepeatedRowPolicy() {
		this(RepeatedRowPolicy::mayOutgrowAPage, () -> {
		});
	}

	/**
	 * The policy with its own rule for the rows let break, telling when it leaves a row to poi-tl's
	 * (a {@link DocxSkeletons} asks for each kind of row, and makes no skeleton of a row poi-tl's policy
	 * writes, which may differ from copy to copy).
	 */
	RepeatedRowPolicy(Breaks breaks, Runnable leftToPoiTl) {
		this.breaks = breaks;
		this.leftToPoiTl = leftToPoiTl;
	}

	/**
	 * A tag of the row: where its run is (cell, paragraph and run, by index) and the value it names.
	 */
	private record Tag(int cell, int paragraph, int run, String name) {

		XWPFRun in(XWPFTableRow row) {
			return row.getCell(cell).getParagraphs().get(paragraph).getRuns().get(run);
		}
	}

	@Override
	public void render(ElementTemplate element, Object data, XWPFTemplate template) {
		XWPFRun run = ((RunTemplate) element).getRun();
		if (!(data instanceof List<?> items) || !items.stream().allMatch(Map.class::isInstance)
				|| !TableTools.isInsideTable(run)) {
			leftToPoiTl.run();
			general.render(element, data, template);
			return;
		}
		XWPFTableCell tagCell = (XWPFTableCell) ((XWPFParagraph) run.getParent()).getBody();
		XWPFTable table = tagCell.getTableRow().getTable();
		int at = table.getRows().indexOf(tagCell.getTableRow()) + 1;
		if (at >= table.getRows().size()) {
			leftToPoiTl.run();
			general.render(element, data, template);
			return;
		}
		XWPFTableRow templateRow = table.getRow(at);
		Optional<List<Tag>> tags = tags(templateRow, template);
		if (tags.isEmpty()) {
			leftToPoiTl.run();
			general.render(element, data, template);
			return;
		}
		run.setText("", 0);
		List<Room> rooms = rooms(templateRow, tags.get());
		for (int i = 0; i < items.size(); i++) {
			XWPFTableRow inserted = table.insertNewTableRow(at + i);
			inserted.getCtRow().set(templateRow.getCtRow());
			// The row as it is now (the inserted one's cells were read before its content was set).
			XWPFTableRow row = new XWPFTableRow(inserted.getCtRow(), table);
			if (i > 0) {
				continueMerges(row);
			}
			Map<?, ?> item = (Map<?, ?>) items.get(i);
			for (Tag tag : tags.get()) {
				text.render(new RunTemplate(tag.name(), tag.in(row)), item.get(tag.name()), template);
			}
			if (!rooms.isEmpty() && breaks.breaks(item, rooms)) {
				// Kept whole, a row taller than a page is cut at its foot in LibreOffice's print: a trial's
				// 195-letter responsible person in a narrow column lost its telephone number from the PDF.
				row.setCantSplitRow(false);
			}
		}
		table.removeRow(at + items.size());
	}

	/**
	 * Where a tag's value is written: its cell's width less its margins and its run's size, read once
	 * from the template's row (a cell whose width is not given in points has none).
	 */
	record Room(String tag, double points, double size) {
	}

	/** The rooms of the tags of a row kept whole on a page; none for a row that may break anyway. */
	private static List<Room> rooms(XWPFTableRow row, List<Tag> tags) {
		if (!row.isCantSplitRow()) {
			return List.of();
		}
		List<Room> rooms = new ArrayList<>();
		for (Tag tag : tags) {
			XWPFTableCell cell = row.getCell(tag.cell());
			CTTblWidth tcW = cell.getCTTc().getTcPr() == null ? null : cell.getCTTc().getTcPr().getTcW();
			// Widths in twentieths of a point, as the shipped brief gives them; a share of the table is not measured.
			if (tcW == null || tcW.getType() != STTblWidth.DXA) {
				continue;
			}
			Double size = tag.in(row).getFontSizeAsDouble();
			// Less the narrow margins the brief's tables have, a point each side.
			rooms.add(new Room(tag.name(), Math.max(1, ((BigInteger) tcW.getW()).doubleValue() / 20 - 2),
					size == null ? 12 : size));
		}
		return rooms;
	}

	/**
	 * True when an item's values may need more than {@link #PAGE_ROOM} points in their cells: measured
	 * as written, from the values themselves, not read back from the document.
	 */
	static boolean mayOutgrowAPage(Map<?, ?> item, List<Room> rooms) {
		for (Room room : rooms) {
			Object value = item.get(room.tag());
			String text = value == null ? "" : value.toString();
			if (text.isEmpty()) {
				continue;
			}
			if (RowHeights.tallerThan(text, room.points(), room.size(), false, PAGE_ROOM)) {
				return true;
			}
		}
		return false;
	}

	/** The row's tags, each the only thing in its run (poi-tl joins a tag split over runs); empty when one is more than a name. */
	private static Optional<List<Tag>> tags(XWPFTableRow row, XWPFTemplate template) {
		TemplateResolver resolver;
		try {
			resolver = new TemplateResolver(template.getConfig().copy("[", "]"));
		}
		catch (CloneNotSupportedException ex) {
			throw new RenderException("The template's configuration could not be copied", ex);
		}
		List<Tag> tags = new ArrayList<>();
		List<XWPFTableCell> cells = row.getTableCells();
		for (int c = 0; c < cells.size(); c++) {
			XWPFTableCell cell = cells.get(c);
			List<IBodyElement> elements = cell.getBodyElements();
			for (MetaTemplate meta : resolver.resolveBodyElements(elements)) {
				if (!(meta instanceof RunTemplate tag) || !plainName(tag)) {
					return Optional.empty();
				}
				int paragraph = cell.getParagraphs().indexOf((XWPFParagraph) tag.getRun().getParent());
				int index = paragraph < 0 ? -1 : cell.getParagraphs().get(paragraph).getRuns().indexOf(tag.getRun());
				if (index < 0) {
					return Optional.empty();
				}
				tags.add(new Tag(c, paragraph, index, tag.getTagName()));
			}
		}
		return Optional.of(tags);
	}

	/** A text tag naming a value of the item itself: no sign, no path, no expression. */
	private static boolean plainName(RunTemplate tag) {
		Character sign = tag.getSign();
		boolean textSign = sign == null || sign == GramerSymbol.TEXT.getSymbol() || sign == GramerSymbol.TEXT_ALIAS.getSymbol();
		return textSign && NAME.matcher(tag.getTagName()).matches() && !tag.getTagName().startsWith("_");
	}

	/** A cell merged down from the first copy continues the merge in the next copies, as poi-tl does. */
	private static void continueMerges(XWPFTableRow row) {
		for (XWPFTableCell cell : row.getTableCells()) {
			// As poi-tl's: its look-up gives every cell of the copy its (empty) properties.
			CTVMerge merge = TableTools.getTcPr(cell).getVMerge();
			if (merge != null && STMerge.RESTART == merge.getVal()) {
				merge.setVal(STMerge.CONTINUE);
			}
		}
	}
}

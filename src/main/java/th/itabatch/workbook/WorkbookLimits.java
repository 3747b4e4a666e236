package th.itabatch.workbook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits a file must keep before any work is spent on it ({@code ita.limits.*}): a file over
 * one is answered with a located message naming the limit and its setting, never read further, so
 * no input, alone or with others, can run the application out of memory or time.
 *
 * @param maxFileBytes the largest file accepted
 * @param maxZipEntries the most parts a workbook's zip may hold
 * @param maxPartBytes the largest a part may be once uncompressed (a survey export's sheet is read
 *     streaming, so it may be large)
 * @param maxTotalBytes the most all parts together may be once uncompressed
 * @param maxExpansionRatio the most a part above {@code ratioCheckedFromBytes} may expand, uncompressed
 *     over compressed size; real workbooks of repeated long text reach a few hundred, zip bombs a
 *     thousand
 * @param ratioCheckedFromBytes parts smaller than this, uncompressed, are not checked for their ratio
 * @param maxCells the most cells a workbook read whole (scores, plan, progress) may have; a survey
 *     export is read streaming and is not held to it
 * @param maxWholeReadBytes the most a workbook read whole may be once uncompressed, all parts
 *     together: the library that reads it whole needs several times that in memory
 * @param maxSharedStrings the most entries of a workbook's shared-strings table
 * @param maxSharedStringChars the most characters all shared strings together may have
 * @param maxCellChars the longest text a cell may hold (Excel's own limit)
 * @param maxColumns the most columns a row may have (Excel's grid)
 * @param maxRows the most rows a sheet may have (Excel's grid)
 */
@ConfigurationProperties("ita.limits")
public record WorkbookLimits(@DefaultValue("209715200") long maxFileBytes, @DefaultValue("10000") int maxZipEntries,
		@DefaultValue("4294967296") long maxPartBytes, @DefaultValue("6442450944") long maxTotalBytes,
		@DefaultValue("500") int maxExpansionRatio, @DefaultValue("104857600") long ratioCheckedFromBytes,
		@DefaultValue("300000") long maxCells, @DefaultValue("33554432") long maxWholeReadBytes,
		@DefaultValue("2000000") int maxSharedStrings, @DefaultValue("67108864") long maxSharedStringChars, @DefaultValue("32767") int maxCellChars,
		@DefaultValue("16384") int maxColumns,
		@DefaultValue("1048576") int maxRows) {

	/** The defaults, for code that runs without the application's settings (tests, benchmarks). */
	public static final WorkbookLimits DEFAULTS = new WorkbookLimits(209_715_200L, 10_000, 4_294_967_296L,
			6_442_450_944L, 500, 104_857_600L, 300_000L, 33_554_432L, 2_000_000, 67_108_864L, 32_767, 16_384, 1_048_576);
}

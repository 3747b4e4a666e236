package th.itabatch.web;

import java.util.List;

import th.itabatch.report.MonthlyReport;
import th.itabatch.scores.IndicatorResult;

/**
 * What a unit's latest report said, as its dashboard shows it, with the trend of its current
 * scores: the same until another report is stored or its scores change (see {@link UnitPages}).
 *
 * @param report the report as stored, or {@code null} when it is no longer stored
 * @param chart the chart of its latest scores, or {@code null} without scores
 * @param trend the chart of its overall round by round, or {@code null} without scores
 * @param weakest its lowest indicators (rank 1 and 2)
 */
record UnitFigures(MonthlyReport report, ScoreChart chart, TrendChart trend, List<IndicatorResult> weakest) {
}

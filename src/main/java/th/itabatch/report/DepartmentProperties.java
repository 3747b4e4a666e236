package th.itabatch.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which department reports a run makes ({@code ita.departments.*}).
 *
 * @param enabled whether department reports are made at all
 * @param levels how deep in the register of units departments are reported: 1 for the top units
 *     alone, 2 for them and the units directly below them that have units of their own, …
 * @param allUnitsName the name of the one department of every unit, made where there is no register
 */
@ConfigurationProperties("ita.departments")
public record DepartmentProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2") int levels,
		@DefaultValue("ทุกหน่วยงาน") String allUnitsName) {

	/** 0 made no department report at all, without a word (a trial); turning them off is {@code enabled: false}. */
	public DepartmentProperties {
		if (enabled && levels < 1) {
			throw new IllegalArgumentException("ita.departments.levels: " + levels + "; it is at least 1 (the top units"
					+ " alone); to make no department reports, set ita.departments.enabled: false");
		}
	}
}

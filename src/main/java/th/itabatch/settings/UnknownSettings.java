package th.itabatch.settings;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;

/**
 * Says, once started, each {@code ita.*} key of the configuration files and the command line that no
 * setting of the application reads, with the nearest one that it does: a trial's engineer typed
 * {@code ita.report.due-days}, {@code ita.departments.levles} and {@code ita.security.user} (the last
 * left the generated admin the only login) and was told nothing. A warning, not a refusal: an
 * installation may keep a key an older version read.
 */
@Component
class UnknownSettings implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(UnknownSettings.class);

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		Map<String, List<Class<?>>> settings = new LinkedHashMap<>();
		for (Object bean : event.getApplicationContext().getBeansWithAnnotation(ConfigurationProperties.class).values()) {
			ConfigurationProperties annotation = AnnotatedElementUtils.findMergedAnnotation(bean.getClass(),
					ConfigurationProperties.class);
			if (annotation != null && bean.getClass().isRecord()) {
				settings.computeIfAbsent(annotation.prefix(), p -> new ArrayList<>()).add(bean.getClass());
			}
		}
		Set<String> said = new LinkedHashSet<>();
		for (String key : configured(event.getApplicationContext().getEnvironment())) {
			// Once a name: a list under a mistyped name has a key an item and a field.
			unknown(key, settings).filter(u -> said.add(u.name())).ifPresent(u -> log.warn(
					"Setting {} is no setting of ITA Batch and is ignored{}", u.name(),
					u.nearest().isEmpty() ? "" : " (did you mean " + u.nearest() + "?)"));
		}
	}

	/** The ita.* keys of the configuration files and the command line, as written. */
	private static Set<String> configured(Object environment) {
		Set<String> keys = new LinkedHashSet<>();
		if (!(environment instanceof ConfigurableEnvironment configurable)) {
			return keys;
		}
		for (PropertySource<?> source : configurable.getPropertySources()) {
			boolean file = source.getName().startsWith("Config resource") || source.getName().equals("commandLineArgs");
			if (file && source instanceof EnumerablePropertySource<?> enumerable) {
				for (String name : enumerable.getPropertyNames()) {
					if (name.startsWith("ita.")) {
						keys.add(name);
					}
				}
			}
		}
		return keys;
	}

	/**
	 * A key no setting reads.
	 *
	 * @param name the key as far as a setting reads it, and the first part none does ("ita.security.user")
	 * @param nearest the nearest name a setting reads there, or ""
	 */
	record Unknown(String name, String nearest) {
	}

	/**
	 * Empty when a setting reads the key; else where it goes wrong, and the nearest name read there.
	 * Names are compared as Spring binds them: case, dashes and underscores aside; below a list or a map
	 * anything goes.
	 */
	static java.util.Optional<Unknown> unknown(String key, Map<String, List<Class<?>>> settings) {
		String prefix = settings.keySet().stream()
			.filter(p -> key.equals(p) || key.startsWith(p + ".") || key.startsWith(p + "["))
			.max(java.util.Comparator.comparingInt(String::length))
			.orElse(null);
		if (prefix == null) {
			return java.util.Optional.of(new Unknown(key, ""));
		}
		String rest = key.substring(prefix.length()).replaceFirst("^\\.", "");
		List<String> known = new ArrayList<>();
		String[] wrong = { key };
		for (Class<?> type : settings.get(prefix)) {
			if (reads(type, rest, prefix, known, wrong)) {
				return java.util.Optional.empty();
			}
		}
		// Compared in the uniform form, named as written.
		Map<String, String> byUniform = new LinkedHashMap<>();
		known.forEach(k -> byUniform.putIfAbsent(uniform(k), k));
		String wanted = uniform(wrong[0]);
		return java.util.Optional.of(new Unknown(wrong[0],
				th.itabatch.thai.ThaiText.nearest(wanted, byUniform.keySet(), Math.max(2, wanted.length() / 8))
					.map(byUniform::get)
					.orElse("")));
	}

	/** Whether the record reads the path below its prefix; the keys it reads are added for the nearest. */
	private static boolean reads(Class<?> type, String path, String prefix, List<String> known, String[] wrong) {
		if (path.isEmpty()) {
			return true;
		}
		String first = path.split("[.\\[]", 2)[0];
		String below = path.substring(first.length()).replaceFirst("^\\.", "");
		for (RecordComponent component : type.getRecordComponents()) {
			String name = DataObjectPropertyName.toDashedForm(component.getName());
			known.add(prefix + "." + name);
			if (!uniform(name).equals(uniform(first))) {
				continue;
			}
			Class<?> value = component.getType();
			if (Collection.class.isAssignableFrom(value) || Map.class.isAssignableFrom(value) || value.isArray()) {
				return true;
			}
			if (value.isRecord()) {
				return reads(value, below, prefix + "." + name, known, wrong);
			}
			return below.isEmpty();
		}
		wrong[0] = prefix + "." + first;
		return false;
	}

	private static String uniform(String name) {
		return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
	}
}

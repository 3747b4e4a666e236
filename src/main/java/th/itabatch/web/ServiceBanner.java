package th.itabatch.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import th.itabatch.settings.ItaProperties;

/** Tells the person who started the service where to find it and its folders. */
@Component
class ServiceBanner implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger log = LoggerFactory.getLogger(ServiceBanner.class);

	private final ItaProperties properties;

	private final Environment environment;

	ServiceBanner(ItaProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		String address = environment.getProperty("server.address", "localhost");
		log.info("ITA Batch: http://{}:{}/ · input folder {} · reports {} · data {}", address,
				event.getWebServer().getPort(), properties.inputDir().toAbsolutePath(),
				properties.outputDir().toAbsolutePath(), properties.dataDir().toAbsolutePath());
	}
}

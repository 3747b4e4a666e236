package th.itabatch.survey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The questionnaire from {@code ita.survey.*}. */
@Configuration(proxyBeanMethods = false)
class SurveyConfiguration {

	@Bean
	Questionnaire questionnaire(SurveyProperties properties) {
		return new Questionnaire(properties);
	}
}

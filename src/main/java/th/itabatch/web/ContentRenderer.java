package th.itabatch.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContext;
import org.springframework.web.servlet.view.AbstractTemplateView;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a page's content to HTML inside a request, as Spring MVC's Thymeleaf view would (bean
 * references, messages, links), so that what many people see alike can be kept and served again:
 * the department page's table is the same for everyone until something is stored. What is
 * someone's own (their name, the logout form's token) stays in the page around it.
 */
@Component
class ContentRenderer {

	private final ISpringTemplateEngine engine;

	private final ApplicationContext context;

	ContentRenderer(ISpringTemplateEngine engine, ApplicationContext context) {
		this.engine = engine;
		this.context = context;
	}

	/** A fragment of a template ("overview-content", "content") filled with the variables. */
	String render(String template, String fragment, Map<String, Object> variables, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Map<String, Object> model = new HashMap<>(variables);
		RequestContext requestContext = new RequestContext(request, response, request.getServletContext(), model);
		model.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
		model.put(AbstractTemplateView.SPRING_MACRO_REQUEST_CONTEXT_ATTRIBUTE, requestContext);
		model.put(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
				new SpringWebMvcThymeleafRequestContext(requestContext, request));
		model.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(context,
						(ConversionService) request.getAttribute(ConversionService.class.getName())));
		WebContext web = new WebContext(
				JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response),
				locale, model);
		return engine.process(template, Set.of(fragment), web);
	}
}

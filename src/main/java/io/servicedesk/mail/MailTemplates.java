package io.servicedesk.mail;

import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.springframework.stereotype.Component;

/**
 * Renders mail bodies from templates/mail/*.html and *.txt. Thymeleaf escapes what users wrote
 * (summaries, update texts) in HTML, so a "&lt;script&gt;" in a summary arrives as text.
 */
@Component
class MailTemplates {

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

    record Rendered(String html, String text) {
    }

    Rendered render(String template, Map<String, Object> model) {
        Context context = new Context(java.util.Locale.ENGLISH, model);
        return new Rendered(html.process(template, context), text.process(template, context));
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}

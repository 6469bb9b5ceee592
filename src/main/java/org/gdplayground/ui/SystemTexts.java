package org.gdplayground.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.gdplayground.system.Messages;
import org.springframework.stereotype.Component;

/**
 * Vaadin's own session-expired, internal-error and cookies texts in the visitor's language (Vaadin's defaults are
 * English only). The reconnect texts are set per UI in {@link MainLayout}.
 */
@Component
class SystemTexts implements VaadinServiceInitListener {

    private final Messages messages;
    private final java.util.Map<Locale, SystemMessages> cache = new java.util.concurrent.ConcurrentHashMap<>();

    SystemTexts(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Asked on every request: built once per language.
        event.getSource().setSystemMessagesProvider(info -> cache.computeIfAbsent(Messages.supported(info.getLocale()),
                this::of));
    }

    /** The system messages for a locale (Korean for {@code ko…}, English otherwise). */
    SystemMessages of(Locale locale) {
        Locale l = Messages.supported(locale);
        CustomizedSystemMessages m = new CustomizedSystemMessages();
        m.setSessionExpiredCaption(messages.getTranslation("sys.sessionExpired.caption", l));
        m.setSessionExpiredMessage(messages.getTranslation("sys.sessionExpired.message", l));
        m.setInternalErrorCaption(messages.getTranslation("sys.internalError.caption", l));
        m.setInternalErrorMessage(messages.getTranslation("sys.internalError.message", l));
        m.setCookiesDisabledCaption(messages.getTranslation("sys.cookiesDisabled.caption", l));
        m.setCookiesDisabledMessage(messages.getTranslation("sys.cookiesDisabled.message", l));
        return m;
    }
}

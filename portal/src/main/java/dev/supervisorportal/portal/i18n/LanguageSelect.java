package dev.supervisorportal.portal.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import dev.supervisorportal.backend.common.Messages;
import dev.supervisorportal.backend.users.UserAccounts;
import dev.supervisorportal.portal.preferences.BrowserCookie;

import java.util.Locale;

/**
 * English or Deutsch, each named in its own language. Choosing one saves it with the user's account (when signed in)
 * and in a cookie of this browser, then reloads the page in that language.
 */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect(UserAccounts users, boolean signedIn) {
        setId("language-select");
        setItems(Messages.LANGUAGES);
        setItemLabelGenerator(language -> language.getDisplayLanguage(language));
        setAriaLabel(getTranslation("layout.language"));
        setTooltipText(getTranslation("layout.language"));
        addThemeVariants(SelectVariant.LUMO_SMALL);
        setValue(Messages.LANGUAGES.contains(Texts.locale()) ? Texts.locale() : Locale.ENGLISH);
        addValueChangeListener(change -> {
            if (!change.isFromClient() || change.getValue() == null) {
                return;
            }
            Locale language = change.getValue();
            if (signedIn) {
                users.chooseLanguage(language);
            }
            UI ui = UI.getCurrent();
            BrowserCookie.remember(ui.getPage(), LanguageChoice.COOKIE, language.toLanguageTag());
            ui.getSession().setLocale(language);
            ui.setLocale(language);
            ui.getPage().reload();
        });
    }
}

/**
 * English and German: the translations Vaadin uses, {@link dev.supervisorportal.portal.i18n.Texts} for code outside
 * components, and the user's language choice (saved with the account, remembered in a cookie for the sign-in page).
 */
package dev.supervisorportal.portal.i18n;

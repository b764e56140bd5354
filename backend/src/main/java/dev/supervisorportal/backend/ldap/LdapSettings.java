package dev.supervisorportal.backend.ldap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Where the directory is and how people and their groups are found in it ({@code portal.ldap.*}, profile
 * {@code ldap}). Bases are relative to {@code base-dn}. A person is found either by {@code user-dn-pattern} (bind
 * straight as {@code uid=alice,ou=people,<base-dn>}) or, when {@code user-search-filter} is set, by a search under
 * {@code user-search-base} (as {@code manager-dn} when given, else anonymously) and then a bind as the entry found.
 * Groups are the entries under {@code group-search-base} that {@code group-search-filter} finds ({@code {0}} is the
 * person's DN, {@code {1}} their user name), named by {@code group-role-attribute}. With
 * {@code active-directory-domain} set, Active Directory's own sign-in is used instead: bind as
 * {@code alice@domain}, groups from {@code memberOf}; the user and group settings then do not apply.
 */
@ConfigurationProperties("portal.ldap")
public record LdapSettings(
        @DefaultValue("ldap://localhost:389") String url,
        @DefaultValue("") String baseDn,
        @DefaultValue("uid={0},ou=people") String userDnPattern,
        @DefaultValue("") String userSearchBase,
        String userSearchFilter,
        String managerDn,
        String managerPassword,
        @DefaultValue("ou=groups") String groupSearchBase,
        @DefaultValue("(member={0})") String groupSearchFilter,
        @DefaultValue("cn") String groupRoleAttribute,
        String activeDirectoryDomain,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout) {

    boolean searchesUsers() {
        return userSearchFilter != null && !userSearchFilter.isBlank();
    }

    boolean isActiveDirectory() {
        return activeDirectoryDomain != null && !activeDirectoryDomain.isBlank();
    }

    boolean hasManager() {
        return managerDn != null && !managerDn.isBlank();
    }
}

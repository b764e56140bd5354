package dev.supervisorportal.backend.ldap;

import dev.supervisorportal.backend.users.DirectoryAccounts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.AbstractLdapAuthenticationProvider;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.authentication.ad.ActiveDirectoryLdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.DefaultLdapAuthoritiesPopulator;

import java.util.List;
import java.util.Map;

/** With the profile {@code ldap}, people of a directory sign in beside the portal's own accounts. */
@Configuration
@Profile("ldap")
@EnableConfigurationProperties(LdapSettings.class)
class LdapSignInConfig {

    @Bean
    @Order(10)
    AuthenticationProvider ldapSignIn(LdapSettings settings, DirectoryAccounts accounts) {
        return new LdapSignIn(settings.isActiveDirectory() ? activeDirectory(settings) : directory(settings), accounts);
    }

    private static AbstractLdapAuthenticationProvider directory(LdapSettings settings) {
        DefaultSpringSecurityContextSource connection =
                new DefaultSpringSecurityContextSource(List.of(settings.url()), settings.baseDn());
        if (settings.hasManager()) {
            connection.setUserDn(settings.managerDn());
            connection.setPassword(settings.managerPassword());
        }
        connection.setBaseEnvironmentProperties(timeouts(settings));
        connection.afterPropertiesSet();

        BindAuthenticator bind = new BindAuthenticator(connection);
        if (settings.searchesUsers()) {
            bind.setUserSearch(new FilterBasedLdapUserSearch(settings.userSearchBase(), settings.userSearchFilter(),
                    connection));
        } else {
            bind.setUserDnPatterns(new String[] {settings.userDnPattern()});
        }
        DefaultLdapAuthoritiesPopulator groups =
                new DefaultLdapAuthoritiesPopulator(connection, settings.groupSearchBase());
        groups.setGroupSearchFilter(settings.groupSearchFilter());
        groups.setGroupRoleAttribute(settings.groupRoleAttribute());
        groups.setSearchSubtree(true);
        // The group names as the directory writes them: GroupMapping compares them without case.
        groups.setRolePrefix("");
        groups.setConvertToUpperCase(false);
        return new LdapAuthenticationProvider(bind, groups);
    }

    private static AbstractLdapAuthenticationProvider activeDirectory(LdapSettings settings) {
        var provider = new ActiveDirectoryLdapAuthenticationProvider(settings.activeDirectoryDomain(), settings.url(),
                settings.baseDn().isBlank() ? null : settings.baseDn());
        provider.setContextEnvironmentProperties(timeouts(settings));
        provider.setConvertSubErrorCodesToExceptions(true);
        return provider;
    }

    /** Without them an unreachable directory would hold a sign-in for minutes instead of refusing it. */
    private static Map<String, Object> timeouts(LdapSettings settings) {
        return Map.of("com.sun.jndi.ldap.connect.timeout", String.valueOf(settings.connectTimeout().toMillis()),
                "com.sun.jndi.ldap.read.timeout", String.valueOf(settings.readTimeout().toMillis()));
    }
}

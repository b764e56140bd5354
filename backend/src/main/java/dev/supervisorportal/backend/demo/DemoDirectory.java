package dev.supervisorportal.backend.demo;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;

/**
 * The profile {@code ldap-demo}: an in-memory directory with the demo's people (admin, alice, bob, carol, each with
 * their name as password) and groups ({@code portal-admins}, {@code devops-a}, {@code devops-b}), listening where
 * {@code portal.ldap.url} points, so the demo signs in through LDAP. Its entries live in {@code demo-directory.ldif};
 * changes made to it are gone at the next start.
 */
@Configuration
@Profile("ldap-demo")
class DemoDirectory {

    static final String BASE_DN = "dc=supervisor,dc=example";

    @Bean(destroyMethod = "shutDown")
    InMemoryDirectoryServer demoDirectoryServer(@Value("${portal.ldap.url}") String url) throws LDAPException, IOException {
        URI address = URI.create(url);
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("demo",
                InetAddress.getByName(address.getHost()), address.getPort(), null));
        InMemoryDirectoryServer directory = new InMemoryDirectoryServer(config);
        try (InputStream ldif = new ClassPathResource("demo-directory.ldif").getInputStream()) {
            directory.importFromLDIF(true, new LDIFReader(ldif));
        }
        directory.startListening();
        return directory;
    }
}

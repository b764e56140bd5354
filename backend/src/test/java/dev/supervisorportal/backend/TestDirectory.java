package dev.supervisorportal.backend;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFException;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A real LDAP server for the sign-in tests: UnboundID's in-memory directory on a free port of 127.0.0.1, with
 * {@code ou=people} and {@code ou=groups} ({@code groupOfNames}: portal-admins, devops-a, devops-b). It can be taken
 * down and brought back on the same port, as a directory outage.
 */
public final class TestDirectory {

    public static final String BASE_DN = "dc=portal,dc=test";
    /** A member every group has, as {@code groupOfNames} needs one; no person of that name exists. */
    private static final String PLACEHOLDER = "uid=placeholder,ou=people," + BASE_DN;

    private final InMemoryDirectoryServer server;
    private final int port;

    private TestDirectory(InMemoryDirectoryServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static TestDirectory start() {
        try {
            int port = freePort();
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("test",
                    InetAddress.getLoopbackAddress(), port, null));
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.add("dn: " + BASE_DN, "objectClass: domain", "dc: portal");
            server.add("dn: ou=people," + BASE_DN, "objectClass: organizationalUnit", "ou: people");
            server.add("dn: ou=groups," + BASE_DN, "objectClass: organizationalUnit", "ou: groups");
            for (String group : new String[] {"portal-admins", "devops-a", "devops-b"}) {
                server.add("dn: " + groupDn(group), "objectClass: groupOfNames", "cn: " + group, "member: " + PLACEHOLDER);
            }
            server.startListening();
            return new TestDirectory(server, port);
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "ldap://127.0.0.1:" + port;
    }

    /**
     * Points {@code portal.ldap.*} at this directory (bind as {@code uid={0},ou=people}, groups by {@code member})
     * and maps portal-admins to the admin role, devops-a and devops-b to team-a and team-b.
     */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("portal.ldap.url", this::url);
        registry.add("portal.ldap.base-dn", () -> BASE_DN);
        registry.add("portal.directory.admin-group", () -> "portal-admins");
        registry.add("portal.directory.team-groups.devops-a", () -> "team-a");
        registry.add("portal.directory.team-groups.devops-b", () -> "team-b");
    }

    /** A person who signs in as {@code uid} with {@code password}, in {@code groups}. */
    public void addPerson(String uid, String password, String... groups) {
        try {
            server.add("dn: " + personDn(uid), "objectClass: inetOrgPerson", "uid: " + uid, "cn: " + uid,
                    "sn: " + uid, "userPassword: " + password);
            for (String group : groups) {
                join(uid, group);
            }
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException(e);
        }
    }

    public void join(String uid, String group) {
        modifyMember(ModificationType.ADD, uid, group);
    }

    public void leave(String uid, String group) {
        modifyMember(ModificationType.DELETE, uid, group);
    }

    private void modifyMember(ModificationType type, String uid, String group) {
        try {
            server.modify(groupDn(group), new Modification(type, "member", personDn(uid)));
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The directory stops answering: its port is closed. */
    public void goDown() {
        server.shutDown(true);
    }

    public void comeBack() {
        try {
            server.startListening();
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    public void stop() {
        server.shutDown(true);
    }

    private static String personDn(String uid) {
        return "uid=" + uid + ",ou=people," + BASE_DN;
    }

    private static String groupDn(String group) {
        return "cn=" + group + ",ou=groups," + BASE_DN;
    }

    /** A port of 127.0.0.1 free right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.kontor.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kontor.security.users.<name>.password} and {@code .roles} (comma-separated: SERVICE,
 * ANALYST, AUDITOR, ADMIN). A password may be plain or an encoded {@code {bcrypt}...} value.
 * {@code .territories} (comma-separated territory names) limits the user to the accounts of those
 * territories and their sub-territories (see {@code io.kontor.platform.visibility}); without it the user
 * sees everything (an empty list limits the user to nothing: a blank setting never widens a scope).
 */
@ConfigurationProperties("kontor.security")
public class KontorSecurityProperties {

    private Map<String, User> users = new LinkedHashMap<>();

    public Map<String, User> getUsers() {
        return users;
    }

    public void setUsers(Map<String, User> users) {
        this.users = users;
    }

    public static class User {
        private String password;
        private List<String> roles = List.of();
        private List<String> territories;

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public List<String> getRoles() {
            return roles;
        }

        public void setRoles(List<String> roles) {
            this.roles = roles;
        }

        public List<String> getTerritories() {
            return territories;
        }

        public void setTerritories(List<String> territories) {
            this.territories = territories;
        }
    }
}

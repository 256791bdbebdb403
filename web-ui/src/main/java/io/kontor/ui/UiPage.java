package io.kontor.ui;

import io.kontor.platform.security.Role;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The pages of the web interface and the roles that may open them: the same roles that may read what the
 * page shows through the API. The security chain, the navigation and the home page all read this one list.
 */
public enum UiPage {

    ACCOUNTS("accounts", "Accounts", true, Role.ANALYST, Role.SERVICE, Role.ADMIN),
    HIERARCHY("hierarchy", "Hierarchy", false, Role.ANALYST, Role.SERVICE, Role.ADMIN),
    MAP("map", "Account map", false, Role.ANALYST, Role.SERVICE, Role.ADMIN),
    PIPELINE("pipeline", "Pipeline", true, Role.ANALYST, Role.SERVICE, Role.ADMIN),
    HISTORY("history", "History", true, Role.AUDITOR, Role.ADMIN),
    PROJECTIONS("projections", "Projections", true, Role.ADMIN);

    private final String name;
    private final String title;
    private final boolean inNavigation;
    private final Set<Role> roles;

    UiPage(String name, String title, boolean inNavigation, Role... roles) {
        this.name = name;
        this.title = title;
        this.inNavigation = inNavigation;
        this.roles = Set.of(roles);
    }

    public String path() {
        return "/ui/" + name + ".html";
    }

    public String title() {
        return title;
    }

    public String pageName() {
        return name;
    }

    public boolean inNavigation() {
        return inNavigation;
    }

    public String[] roleNames() {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }

    public boolean openTo(Collection<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }

    /** The pages someone with these roles may open, in navigation order. */
    public static List<UiPage> allOpenTo(Set<Role> held) {
        return Arrays.stream(values()).filter(page -> page.openTo(held)).toList();
    }
}

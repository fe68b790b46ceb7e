package com.skylightchat.tickets.stub.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A support department, as {@code GET /tickets/departments} lists it and a ticket carries it. Immutable.
 *
 * @param id    positive, unique within the simulator
 * @param title display name
 */
public record Department(long id, String title) {

    public Department {
        Objects.requireNonNull(title, "title");
        if (id < 1 || title.isBlank()) {
            throw new IllegalArgumentException("a department needs an id of at least 1 and a title, was " + id
                    + " '" + title + "'");
        }
    }

    /** Departments with ids 1, 2, 3, … in the order of {@code titles}. */
    public static List<Department> numbered(List<String> titles) {
        List<Department> departments = new ArrayList<>();
        for (String title : titles) {
            departments.add(new Department(departments.size() + 1, title.strip()));
        }
        return List.copyOf(departments);
    }
}

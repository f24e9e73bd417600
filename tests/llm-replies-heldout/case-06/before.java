package com.acme.people;

import java.util.ArrayList;
import java.util.List;

public class Directory {
    public static final class Person {
        private final String name;
        private final String team;

        public Person(String name, String team) {
            this.name = name;
            this.team = team;
        }

        public String getName() { return name; }
        public String getTeam() { return team; }
    }

    private final List<Person> people = new ArrayList<>();

    public void add(Person p) {
        people.add(p);
    }

    public List<String> namesInTeam(String team) {
        List<String> out = new ArrayList<>();
        for (Person p : people) {
            if (p.getTeam().equals(team)) {
                out.add(p.getNmae());
            }
        }
        return out;
    }
}

package com.acme;

import com.acme.util.Strings;

public class Main {
    public static void main(String[] args) {
        String[] titles = {"Short", "A considerably longer headline than fits"};
        for (String t : titles) {
            System.out.println(Strings.truncate(t, 16));
        }
    }
}

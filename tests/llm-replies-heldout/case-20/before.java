package com.acme.cli;

public class Args {
    public final String host;
    public final int port;

    private Args(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public static Args parse(String[] args) {
        String host = "localhost";
        int port = 8080;
        if (args.length > 0) {
            host = args[0];
        }
        if (args.length > 1) {
            int port = args[1];
        }
        return new Args(host, port);
    }
}

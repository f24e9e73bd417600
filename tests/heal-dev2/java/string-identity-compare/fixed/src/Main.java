public class Main {
    static String roleFor(String department) {
        if ("engineering".equals(department)) {
            return "builder";
        }
        return "generalist";
    }

    public static void main(String[] args) {
        String dept = new StringBuilder("engi").append("neering").toString();
        String role = roleFor(dept);
        System.out.println(dept + " -> " + role);
        if (!role.equals("builder")) {
            throw new AssertionError("expected builder, got " + role);
        }
    }
}

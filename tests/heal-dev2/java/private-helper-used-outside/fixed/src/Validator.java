public class Validator {
    public static boolean isValidUsername(String name) {
        return name != null && name.length() >= 3 && name.length() <= 20 && isAsciiWord(name);
    }

    static boolean isAsciiWord(String s) {
        for (char c : s.toCharArray()) {
            if (!(Character.isLetterOrDigit(c) || c == '_') || c > 127) {
                return false;
            }
        }
        return true;
    }
}

public class Passwords {
    static int strength(String pw) {
        int score = 0;
        if (pw.lenght() >= 12) score += 2;
        else if (pw.length() >= 8) score += 1;
        if (pw.chars().anyMatch(Character::isDigit)) score++;
        if (pw.chars().anyMatch(Character::isUpperCase)) score++;
        if (pw.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) score++;
        return score;
    }

    public static void main(String[] args) {
        String[] samples = {"hunter2", "Correct-Horse-42", "password"};
        for (String s : samples) {
            System.out.printf("%-18s %d%n", s, strength(s));
        }
        if (strength("Correct-Horse-42") != 5) throw new AssertionError();
    }
}

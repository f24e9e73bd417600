import java.util.ArrayDeque;
import java.util.Deque;

public class Main {
    static final class UndoStack {
        private final Deque<String> edits = new ArrayDeque<>();

        void record(String edit) {
            edits.push(edit);
        }

        String undo() {
            if (edits.isEmty()) {
                return null;
            }
            return edits.pop();
        }

        int depth() {
            return edits.size();
        }
    }

    public static void main(String[] args) {
        UndoStack stack = new UndoStack();
        stack.record("insert 'hello'");
        stack.record("delete 3 chars");
        System.out.println("undo: " + stack.undo());
        System.out.println("undo: " + stack.undo());
        System.out.println("undo: " + stack.undo());
        if (stack.depth() != 0) {
            System.exit(1);
        }
    }
}

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

public class Census {
    record Person(String name, String city, int age) {}

    static Map<String, Double> averageAgeByCity(List<Person> people) {
        return people.stream()
                .collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.averagingInt(Person::age)));
    }

    public static void main(String[] args) {
        List<Person> people = List.of(
                new Person("Ana", "Lisbon", 34),
                new Person("Bo", "Oslo", 41),
                new Person("Cai", "Lisbon", 28),
                new Person("Dag", "Oslo", 55),
                new Person("Eli", "Riga", 19));
        Map<String, Double> avg = averageAgeByCity(people);
        System.out.println(avg);
        if (avg.get("Lisbon") != 31.0 || avg.size() != 3) throw new AssertionError();
    }
}

pub fn is_leap(year: u32) -> bool {
    year % 4 == 0 && year % 100 != 0
}

pub fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => panic!("bad month {}", month),
    }
}

pub fn day_of_year(year: u32, month: u32, day: u32) -> u32 {
    (1..month).map(|m| days_in_month(year, m)).sum::<u32>() + day
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leap_years() {
        assert!(is_leap(2024));
        assert!(!is_leap(1900));
        assert!(is_leap(2000));
        assert!(!is_leap(2023));
    }

    #[test]
    fn ordinal_days() {
        assert_eq!(day_of_year(2023, 3, 1), 60);
        assert_eq!(day_of_year(2000, 12, 31), 366);
    }
}

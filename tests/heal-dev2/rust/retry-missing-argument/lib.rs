pub struct RetryPolicy {
    pub attempts: u32,
    pub base_delay_ms: u64,
    pub max_delay_ms: u64,
}

pub fn policy(attempts: u32, base_delay_ms: u64, max_delay_ms: u64) -> RetryPolicy {
    RetryPolicy { attempts, base_delay_ms, max_delay_ms }
}

pub fn delay_for(p: &RetryPolicy, attempt: u32) -> u64 {
    (p.base_delay_ms << attempt.min(16)).min(p.max_delay_ms)
}

pub fn default_http_policy() -> RetryPolicy {
    policy(5, 200)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_policy_caps_at_ten_seconds() {
        let p = default_http_policy();
        assert_eq!(delay_for(&p, 1), 400);
        assert_eq!(delay_for(&p, 10), 10_000);
    }
}

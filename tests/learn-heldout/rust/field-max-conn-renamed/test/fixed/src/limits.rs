use crate::dbconfig::DbConfig;

/// How many connections each of `workers` may use.
pub fn per_worker(cfg: &DbConfig, workers: u32) -> u32 {
    if workers == 0 {
        return 0;
    }
    (cfg.max_connections / workers).max(1)
}

pub fn overcommitted(cfg: &DbConfig, workers: u32, each: u32) -> bool {
    workers * each > cfg.max_connections
}

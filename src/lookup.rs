//! Tier 1 of the lookup: what is known about each distinct error of a run — its fingerprint, how
//! often it appeared, and the pattern that matches it.

use std::collections::HashMap;

use crate::fingerprint::{fingerprint, shape, Fingerprint, Shape};
use crate::occurrence::Occurrence;
use crate::pattern::{PatternMatch, PatternSet};

/// One distinct error of a run (occurrences grouped by fingerprint, first one kept).
#[derive(Debug, Clone)]
pub struct Finding {
    pub occurrence: Occurrence,
    pub fingerprint: Fingerprint,
    pub shape: Shape,
    pub count: usize,
}

impl Finding {
    pub fn pattern<'a>(&self, patterns: &'a PatternSet) -> Option<PatternMatch<'a>> {
        patterns.match_occurrence(&self.occurrence)
    }
}

/// Groups occurrences by fingerprint, keeping the order in which errors first appeared.
pub fn group_findings(occurrences: Vec<Occurrence>) -> Vec<Finding> {
    let mut findings: Vec<Finding> = Vec::new();
    let mut index_of: HashMap<Fingerprint, usize> = HashMap::new();
    for occurrence in occurrences {
        let id = fingerprint(&occurrence);
        match index_of.get(&id) {
            Some(&index) => findings[index].count += 1,
            None => {
                index_of.insert(id.clone(), findings.len());
                findings.push(Finding {
                    shape: shape(&occurrence),
                    fingerprint: id,
                    occurrence,
                    count: 1,
                });
            }
        }
    }
    findings
}

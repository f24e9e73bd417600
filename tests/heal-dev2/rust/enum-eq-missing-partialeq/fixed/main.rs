#[derive(Debug, Clone, Copy, PartialEq)]
enum JobState {
    Queued,
    Running,
    Done,
    Failed,
}

struct Job {
    id: u32,
    state: JobState,
}

fn finished(jobs: &[Job]) -> Vec<u32> {
    jobs.iter()
        .filter(|j| j.state == JobState::Done || j.state == JobState::Failed)
        .map(|j| j.id)
        .collect()
}

fn main() {
    let jobs = vec![
        Job { id: 1, state: JobState::Queued },
        Job { id: 2, state: JobState::Done },
        Job { id: 3, state: JobState::Running },
        Job { id: 4, state: JobState::Failed },
    ];
    println!("finished: {:?}", finished(&jobs));
    println!("first state: {:?}", jobs[0].state);
}

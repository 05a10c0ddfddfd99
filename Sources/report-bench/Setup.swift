import Foundation

/// The tools and folders of one benchmark run.
struct Setup {
    /// Absolute paths of our `report`, of `report-bench` itself (for the floor) and of `hugo`.
    let report: String, bench: String, hugo: String?
    /// Where each size's corpus is written (`OUT/N/project`, `OUT/N/hugo`).
    let out: URL
    /// Our Templates/ folder, copied into each synthetic project.
    let templates: URL
}

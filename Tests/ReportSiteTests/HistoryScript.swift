import Foundation

/// The scripted history the history tests build: a value revised, an estimate added to a
/// disputed field, a chip added, an event removed, a source id renamed everywhere, and a
/// commit that only reformats YAML. One subject is hostile.
enum HistoryScript {
    static let siteYAML = """
        title: Fixture briefings
        description: A small real subset of the default data, for golden tests.
        language: en
        reference_chip: h20
        base_url: https://example.org/report/
        history: 6

        """

    static let hostileSubject = "<script>alert(1)</script> \"quoted\" & 'single' [link](javascript:x)"

    /// An event the script removes (the fixture's own event is cited by its briefing).
    static let extraEvent = """
        - id: 2025-07-15-h20-licences
          date: 2025-07-15
          title: Nvidia says the US will grant H20 licences
          category: nvidia
          subjects: [h20]
          summary: Nvidia said it expected licences to sell the H20 in China again.
          source: cnbc-2025-04-15-h20-charge
          confidence: medium

        """

    static func apply(to project: GitProject) throws {
        try project.replace("      value: 148\n", with: "      value: 150\n", in: "Data/chips.yaml")
        try project.commit("Revise the H20's FP16 figure", date: "2026-02-01T09:00:00+00:00")

        try project.replace("""
                    confidence: low
                    note: Given in the fact base's note on SPEC-910C-02
            """, with: """
                    confidence: low
                  - value: 144
                    unit: GB
                    as_of: 2025
                    source: lockwood-h100
                    confidence: low
                    note: Given in the fact base's note on SPEC-910C-02
            """, in: "Data/chips.yaml")
        try project.commit(hostileSubject, date: "2026-02-02T09:00:00+00:00")

        let chips = try project.read("Data/chips.yaml")
        try project.write("Data/chips.yaml", chips + """
            - id: h200
              name: H200
              vendor: nvidia
              kind: gpu
              summary: Nvidia's Hopper part with more memory.
              specs:
                memory_gb:
                  value: 141
                  unit: GB
                  as_of: 2024
                  source: lockwood-h100
                  confidence: medium

            """)
        try project.commit("Add the H200", date: "2026-02-03T09:00:00+00:00")

        let events = try project.read("Data/events.yaml")
        try project.write("Data/events.yaml", String(events.dropLast(extraEvent.count)))
        try project.commit("Drop the H20 licences event", date: "2026-02-04T09:00:00+00:00")

        for file in ["Data/chips.yaml", "Data/sources.yaml"] {
            try project.replace("lockwood-h100", with: "lockwood-2023-h100", in: file, everywhere: true)
        }
        try project.commit("Rename Lockwood's source id", date: "2026-02-05T09:00:00+00:00")

        try project.replace("- id: h20\n  name: H20\n", with: "# Nvidia's China part\n- id: \"h20\"\n  name: 'H20'\n",
                            in: "Data/chips.yaml")
        try project.commit("Reformat chips.yaml", date: "2026-02-06T09:00:00+00:00")
    }
}

/// The files under Templates/assets/, copied as they are.
struct AssetFiles: Producer {
    let phase = ProducerPhase.records

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        site.assets.keys.sorted().map { path in
            let data = site.assets[path]!
            return PlannedOutput(id: "asset:" + path) { recorder in
                recorder.record(.asset(path))
                return Product(files: ["assets/" + path: data])
            }
        }
    }
}

/// Every producer of the site, in the order their outputs are planned.
enum Producers {
    static let all: [any Producer] = [
        IndexPage(), BriefingPages(), ChipPages(), VendorPages(), ComparePage(), TimelinePage(),
        ChipIndexPage(), VendorIndexPage(), SearchPage(),
        ChartFiles(), AssetFiles(), PublisherFiles(), ChangesPage(), AtomFeed(), ChangesFeed(), DataDownloads(),
        SourcesPage(), Sitemap(), SearchIndex(),
    ]
}

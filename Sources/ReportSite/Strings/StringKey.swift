/// Every word or sentence the engine writes into pages itself. Each must be in the strings
/// table (`Templates/strings/en.yaml`); templates read the same table as `{{strings.KEY}}`.
enum StringKey: String, CaseIterable, Sendable {
    case unknown, undated, derived, estimates
    case lowConfidence = "low_confidence"
    case allCitations = "all_citations"
    case chartSources = "chart_sources"
    case chartMidpoints = "chart_midpoints"
    case chartData = "chart_data"
    case navOverview = "nav_overview"
    case footnotesHeading = "footnotes_heading"
    case footnoteBack = "footnote_back"
    case footnoteBackAgain = "footnote_back_again"
    case kindGPU = "kind_gpu", kindNPU = "kind_npu", kindAccelerator = "kind_accelerator", kindSystem = "kind_system"
    case categoryUSExportControl = "category_us_export_control", categoryChinaPolicy = "category_china_policy"
    case categoryNvidia = "category_nvidia", categoryMarket = "category_market", categoryDomestic = "category_domestic"
    case compareTitle = "compare_title"
    case navBriefings = "nav_briefings", navChips = "nav_chips", navVendors = "nav_vendors"
    case navCompare = "nav_compare", navSearch = "nav_search"
    case chipsTitle = "chips_title", chipsSummary = "chips_summary"
    case vendorsTitle = "vendors_title", vendorsSummary = "vendors_summary"
    case discussedIn = "discussed_in", tocHeading = "toc_heading"
    case searchSummary = "search_summary", searchLabel = "search_label", searchNeedsScript = "search_needs_script"
    case searchNone = "search_none", searchCount = "search_count"
    case chartDownload = "chart_download"
    case notFoundTitle = "not_found_title", notFoundText = "not_found_text", notFoundHome = "not_found_home"
    case compareSummary = "compare_summary"
    case timelineTitle = "timeline_title"
    case timelineSummary = "timeline_summary"
    case sourcesTitle = "sources_title"
    case sourcesSummary = "sources_summary"
    case dateDay = "date_day"
    case dateMonth = "date_month"
    case dateQuarter = "date_quarter"
    case dateHalf = "date_half"
    case month1 = "month_1", month2 = "month_2", month3 = "month_3", month4 = "month_4"
    case month5 = "month_5", month6 = "month_6", month7 = "month_7", month8 = "month_8"
    case month9 = "month_9", month10 = "month_10", month11 = "month_11", month12 = "month_12"

    /// The month keys, January first.
    static let months: [StringKey] = [
        .month1, .month2, .month3, .month4, .month5, .month6, .month7, .month8, .month9, .month10, .month11, .month12,
    ]
}

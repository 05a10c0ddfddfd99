import Foundation
import ReportFuzzHarness

// The libFuzzer driver for every fuzz target (`make fuzz`); REPORT_FUZZ_TARGET names the
// target (yaml, csv, templates, markdown), FuzzHarness does the work.

/// The harness of the target this process fuzzes.
let target: @Sendable ([UInt8]) -> Void = {
    let name = ProcessInfo.processInfo.environment["REPORT_FUZZ_TARGET"] ?? ""
    guard let target = FuzzHarness.targets[name] else {
        let names = FuzzHarness.targets.keys.sorted()
        FileHandle.standardError.write(Data("REPORT_FUZZ_TARGET must be one of \(names)\n".utf8))
        exit(64)
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    target(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

// SwiftPM renames an executable's main, so this main hands the command line to libFuzzer.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runDriver(&argc, &argv, fuzzOneInput))

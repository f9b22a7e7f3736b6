using Microsoft.CodeAnalysis;

namespace Ferd.Generator
{
    /// <summary>
    /// Every diagnostic Ferd reports, in one place. Messages say what to do; each links to its
    /// row in the README's diagnostics table. The links here use <see cref="DefaultHelpUrl"/>; the
    /// reporter swaps in the build's own (<see cref="HelpLinks"/>).
    /// </summary>
    internal static class FerdDiagnostics
    {
        /// <summary>The README the links point into when the build names none (no MSBuild, e.g. Unity).</summary>
        public const string DefaultHelpUrl = "https://github.com/ferd-net/ferd/blob/main/README.md";
        private const string Category = "Ferd";

        public static readonly DiagnosticDescriptor ModelNotFound = Error(
            "FERD001",
            "Model not found",
            "Model '{0}' is not among the project's ONNX files (found: {1}). Add the .onnx file to the project, or link it with <None Include=\"path\" Link=\"{0}\" />, and pass its project-relative path. In Unity, put the model under Assets, where the Ferd package writes '{2}' beside it.");

        public static readonly DiagnosticDescriptor ModelFileMissing = Error(
            "FERD001",
            "Model file missing",
            "Model '{0}' is listed by the project, but its file '{1}' does not exist. Restore the file, or correct the path of its item in the project file.");

        public static readonly DiagnosticDescriptor InvalidOnnx = Error(
            "FERD002",
            "Invalid ONNX model",
            "Model '{0}' is not a readable ONNX model. {1} Re-export it, for example with torch.onnx.export.");

        public static readonly DiagnosticDescriptor UnsupportedOperator = Error(
            "FERD003",
            "Unsupported operator",
            "Model '{0}' uses an operator Ferd does not compile. {1} Export the network as dense layers (Gemm or MatMul+Add) with activations from the README's table of supported operators.");

        public static readonly DiagnosticDescriptor UnsupportedGraphShape = Error(
            "FERD004",
            "Unsupported graph shape",
            "Model '{0}' is not a network Ferd compiles as it is. {1} Ferd compiles dense layers in sequence, from graph inputs joined by one Concat to one chosen output (README, Reading ONNX).");

        public static readonly DiagnosticDescriptor UnsupportedTensor = Error(
            "FERD005",
            "Unsupported tensor type or dimension",
            "Model '{0}' has a tensor Ferd cannot compile. {1} Use float32 tensors stored in the model whose only dynamic dimension is the batch.");

        public static readonly DiagnosticDescriptor NonFiniteWeights = Error(
            "FERD006",
            "NaN or infinite weights",
            "Model '{0}' has NaN or infinite weights. {1} Retrain or re-export the model with finite weights.");

        public static readonly DiagnosticDescriptor InvalidOption = Error(
            "FERD007",
            "Invalid option value",
            "{0}{1}");

        public static readonly DiagnosticDescriptor NotPartial = Error(
            "FERD008",
            "Class must be partial",
            "'{0}' must be partial, and so must every type it is nested in. Add the partial modifier to '{1}'.");

        public static readonly DiagnosticDescriptor TooLarge = Error(
            "FERD009",
            "Model too large",
            "Model '{0}' is too large for generated code. {1} Use a smaller network, or run this one with an ONNX runtime.");

        public static readonly DiagnosticDescriptor CompressionReport = new DiagnosticDescriptor(
            "FERD010",
            "Network compressed",
            "'{0}': {1} -> {2} parameters ({3}% kept) at Epsilon = {4}; neurons per layer {5}{6}",
            Category,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinks.Link(DefaultHelpUrl, "FERD010"));

        public static readonly DiagnosticDescriptor InternalError = Error(
            "FERD011",
            "Ferd failed",
            "Ferd failed to compile model '{0}'. {1} This is a bug in Ferd; please report it with the model.");

        public static readonly DiagnosticDescriptor DataNotFound = Error(
            "FERD012",
            "Data file not found",
            "Data file '{0}' is not among the project's CSV files (found: {1}). Add the .csv file to the project, or link it with <None Include=\"path\" Link=\"{0}\" />, and pass its project-relative path. In Unity, add '{2}' under Assets, written from the .csv by ferd unity.");

        public static readonly DiagnosticDescriptor DataFileMissing = Error(
            "FERD012",
            "Data file missing",
            "Data file '{0}' is listed by the project, but its file '{1}' does not exist. Restore the file, or correct the path of its item in the project file.");

        public static readonly DiagnosticDescriptor MalformedData = Error(
            "FERD013",
            "Malformed data file",
            "Data file '{0}' cannot be used. {1} Write a header row, then one row of numbers per sample: inputs x0.. (or the first columns) and, for validation data, targets y0.. (or y) when they are not the original network's outputs.");

        public static readonly DiagnosticDescriptor BudgetNotMet = Error(
            "FERD014",
            "Budget not met",
            "Model '{0}' cannot be compressed within the budget. {1} Raise the budget, or set Epsilon instead.");

        public static readonly DiagnosticDescriptor ClassNameClash = Error(
            "FERD015",
            "Class named like a generated member",
            "'{0}' cannot hold the member '{1}' Ferd generates, because C# forbids a member named like its class. Rename the class.");

        /// <summary>One descriptor per id: the README's diagnostics table.</summary>
        public static readonly DiagnosticDescriptor[] All =
        {
            ModelNotFound, InvalidOnnx, UnsupportedOperator, UnsupportedGraphShape, UnsupportedTensor,
            NonFiniteWeights, InvalidOption, NotPartial, TooLarge, CompressionReport, InternalError,
            DataNotFound, MalformedData, BudgetNotMet, ClassNameClash,
        };

        /// <summary>Every descriptor the generator reports: <see cref="All"/> and the other wordings of an id.</summary>
        public static readonly DiagnosticDescriptor[] Reported = [.. All, ModelFileMissing, DataFileMissing];

        /// <summary>The descriptor reporting a model Engine refused, by the reason it gave.</summary>
        public static DiagnosticDescriptor For(ModelErrorKind kind) => kind switch
        {
            ModelErrorKind.InvalidOnnx => InvalidOnnx,
            ModelErrorKind.UnsupportedOperator => UnsupportedOperator,
            ModelErrorKind.UnsupportedGraphShape => UnsupportedGraphShape,
            ModelErrorKind.UnsupportedTensor => UnsupportedTensor,
            ModelErrorKind.NonFiniteWeights => NonFiniteWeights,
            ModelErrorKind.TooLarge => TooLarge,
            _ => InternalError,
        };

        private static DiagnosticDescriptor Error(string id, string title, string message) =>
            new DiagnosticDescriptor(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.Link(DefaultHelpUrl, id));
    }
}

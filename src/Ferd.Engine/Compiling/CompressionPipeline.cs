using System;
using System.Linq;
using Ferd.Evaluation;
using Ferd.Lumping;
using Ferd.Networks;

namespace Ferd.Compiling
{
    /// <summary>
    /// Runs a <see cref="CompressionRequest"/>: chooses ε (given, or searched for a budget), lumps
    /// with or without data, refits to calibration data, and certifies the deviation over the box.
    /// The generator and the CLI both compress through here.
    /// </summary>
    public static class CompressionPipeline
    {
        /// <exception cref="ArgumentException">The request has a problem (see <see cref="CompressionRequest.Problem"/>).</exception>
        /// <exception cref="BudgetException">No ε meets the budget.</exception>
        public static CompressionResult Run(Network network, CompressionRequest request)
        {
            if (request.Problem(network.InputCount) is { } problem) throw new ArgumentException(problem.ToString(), nameof(request));
            if (!network.HasEnds) return RunTrunk(network, request);
            // Compression sees the layers alone: rows and box as the first layer reads them, and the
            // logits as what the error is measured on; the stage and the head come back unchanged.
            var staged = request with
            {
                Calibration = request.Calibration?.Select(x => network.Staged(x)).ToArray(),
                ValidationInputs = request.ValidationInputs?.Select(x => network.Staged(x)).ToArray(),
                ValidationTargets = network.Head.IsIdentity ? request.ValidationTargets : null,
                Box = request.Box is { } box && network.HasStage ? network.Stage.Apply(box) : request.Box,
            };
            var result = RunTrunk(network.Trunk, staged);
            return result with { Original = network, Compressed = network.WithLayers(result.Compressed.Layers) };
        }

        private static CompressionResult RunTrunk(Network network, CompressionRequest request)
        {

            Func<Network, double, CompressionResult> compress = request.Calibration is { } calibration
                ? (n, e) => Calibrated(n, e, calibration)
                : AfdeCompressor.Compress;
            var search = new EpsilonSearch(compress);
            CompressionResult result;
            if (request.MaxParameters is int budget) result = search.ForParameters(network, budget);
            else if (request.MaxError is double maxError)
            {
                var inputs = request.ValidationInputs!;
                var targets = request.ValidationTargets ?? inputs.Select(x => network.Evaluate(x)).ToArray();
                result = search.ForError(network, maxError, inputs, targets);
            }
            else result = compress(network, request.Epsilon);

            var box = request.Box ?? (request.Calibration is { } samples ? InputBox.FromSamples(samples) : null);
            // An activation without bound facts gets no bound rather than an unsound one; the header says so.
            if (box == null || !DeviationBound.Certifies(network)) return result;
            return result with { BoundBox = box, DeviationBound = DeviationBound.Max(network, result.Compressed, box) };
        }

        private static CompressionResult Calibrated(Network network, double epsilon, double[][] calibration)
        {
            var lumped = CalibratedAfdeCompressor.Compress(network, epsilon, calibration);
            return lumped with { Compressed = Refit.Fit(network, lumped.Compressed, calibration), Calibrated = true };
        }
    }
}

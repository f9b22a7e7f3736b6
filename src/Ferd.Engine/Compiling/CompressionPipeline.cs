using System;
using System.Linq;
using Ferd.Evaluation;
using Ferd.Lumping;
using Ferd.Networks;

namespace Ferd.Compiling
{
    /// <summary>
    /// Runs a <see cref="CompressionRequest"/>: chooses ε (given, or searched for a budget), lumps
    /// with or without data, refits to calibration data (or, without it, to rows drawn from the
    /// graph's input normalizer), and certifies the deviation over the box.
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
            // Lumping decides the size, the refit keeps it: a budget search finishes only what it picks.
            Func<Network, double, CompressionResult> lump = DataFreeCompressor.Lump;
            Func<Network, CompressionResult, CompressionResult> finish = DataFreeCompressor.RefitOnPrior;
            if (request.Calibration is { } calibration)
            {
                lump = (n, e) => CalibratedAfdeCompressor.Compress(n, e, calibration);
                finish = (n, lumped) => lumped with { Compressed = Refit.Fit(n, lumped.Compressed, calibration), Calibrated = true };
            }
            var search = new EpsilonSearch(lump, finish);
            CompressionResult result;
            if (request.MaxParameters is int budget) result = search.ForParameters(network, budget);
            else if (request.MaxError is double maxError)
            {
                var inputs = request.ValidationInputs!;
                var targets = request.ValidationTargets ?? inputs.Select(x => network.Evaluate(x)).ToArray();
                result = search.ForError(network, maxError, inputs, targets);
            }
            else result = finish(network, lump(network, request.Epsilon));

            var box = request.Box ?? (request.Calibration is { } samples ? InputBox.FromSamples(samples) : null);
            // An activation without bound facts gets no bound rather than an unsound one; the header says so.
            if (box == null || !DeviationBound.Certifies(network)) return result;
            return result with { BoundBox = box, DeviationBound = DeviationBound.Max(network, result.Compressed, box) };
        }
    }
}

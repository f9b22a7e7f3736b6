using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ferd.Compiling;
using Ferd.Evaluation;
using Ferd.Lumping;
using Ferd.Networks;
using Ferd.Pruning;

namespace Ferd.Research
{
    /// <summary>
    /// Compression quality across sizes: for each tolerance, the AFDE network's test RMSE without
    /// data and with calibration data, against magnitude pruning and Wanda at the same parameter
    /// count (docs/METHOD.md §5, §8). Calibration rows are evenly spaced rows of the training data, so a
    /// sweep is deterministic; the baselines prune in the standardized input frame of that data.
    /// </summary>
    public static class Sweep
    {
        /// <summary>Sweeps with the inputs and targets of CSV tables (targets: columns y, y0.. or else out0..).</summary>
        public static SweepResult Run(string model, Network network, CsvTable train, CsvTable test, SweepOptions? options = null, IProgress<SweepProgress>? progress = null) =>
            Run(model, network, train.Inputs(network.InputCount), test.Inputs(network.InputCount), Targets(test, network.OutputCount), options, progress);

        public static SweepResult Run(string model, Network network, double[][] trainInputs, double[][] testInputs, double[][] testTargets, SweepOptions? options = null, IProgress<SweepProgress>? progress = null)
        {
            options ??= SweepOptions.Default;
            if (trainInputs.Length == 0) throw new ArgumentException("The training data has no rows.", nameof(trainInputs));
            if (!network.Head.IsIdentity) throw new ArgumentException("A sweep compares regression outputs; this network has an output head.", nameof(network));
            if (network.HasStage)
            {
                // The input stage is fixed preprocessing that compression keeps: sweep the layers on staged rows.
                return Run(model, network.Trunk, trainInputs.Select(x => network.Staged(x)).ToArray(), testInputs.Select(x => network.Staged(x)).ToArray(),
                    testTargets, options, progress);
            }
            double[][] calibration = EvenlySpaced(trainInputs, options.CalibrationSize);
            var frame = InputFrame.FromSamples(calibration);
            var compressions = Compressions(network, options, progress, out int total, out int done, out var unreached);

            var points = new List<SweepPoint>();
            foreach (var result in compressions)
            {
                progress?.Report(new SweepProgress(done, total, string.Format(CultureInfo.InvariantCulture, "ε = {0:G4}", result.Epsilon)));
                var compressed = result.Compressed;
                int parameters = compressed.ParameterCount;
                bool matchable = parameters >= network.Layers.Sum(l => l.OutputCount);
                points.Add(new SweepPoint(
                    result.Epsilon,
                    parameters,
                    100.0 * parameters / network.ParameterCount,
                    Rmse.Of(compressed, testInputs, testTargets),
                    Rmse.Of(DataAware(network, compressed, calibration, options), testInputs, testTargets),
                    matchable ? Rmse.Of(MagnitudePruner.Prune(network, parameters, frame), testInputs, testTargets) : double.NaN,
                    matchable ? Rmse.Of(WandaPruner.Prune(network, parameters, calibration, frame), testInputs, testTargets) : double.NaN));
                done++;
            }
            progress?.Report(new SweepProgress(total, total, "done"));
            return new SweepResult(model, network.ParameterCount, Rmse.Of(network, testInputs, testTargets), points, unreached);
        }

        /// <summary>
        /// AFDE using the calibration data at no more than the data-free network's size: the refit
        /// data-free network, or calibrated lumping (largest size within budget) refit, whichever fits
        /// the calibration data better. Test data plays no part in the choice.
        /// </summary>
        private static Network DataAware(Network network, Network dataFree, double[][] calibration, SweepOptions options)
        {
            var refit = Refit.Fit(network, dataFree, calibration, options.Refit);
            if (options.CompressWithData is null) return refit;
            var compress = options.CompressWithData;
            Network calibrated;
            try
            {
                calibrated = new EpsilonSearch((n, e) => compress(n, e, calibration)).ForParameters(network, dataFree.ParameterCount).Compressed;
            }
            catch (BudgetException)
            {
                return refit;
            }
            var candidate = Refit.Fit(network, calibrated, calibration, options.Refit);
            double[][] reference = calibration.Select(x => network.Evaluate(x)).ToArray();
            return Rmse.Of(candidate, calibration, reference) < Rmse.Of(refit, calibration, reference) ? candidate : refit;
        }

        /// <summary>
        /// The compressions to measure: at the given tolerances, or at the smallest tolerance meeting
        /// each kept fraction. Sizes reached twice are measured once; the kept percentages no
        /// tolerance reaches are returned in <paramref name="unreached"/>.
        /// </summary>
        private static List<CompressionResult> Compressions(Network network, SweepOptions options, IProgress<SweepProgress>? progress, out int total, out int done, out List<double> unreached)
        {
            done = 0;
            unreached = new List<double>();
            if (options.Epsilons != null)
            {
                total = options.Epsilons.Count;
                return options.Epsilons.Select(e => options.Finish(network, options.Compress(network, e))).ToList();
            }
            total = 2 * options.KeptFractions.Count;
            var search = new EpsilonSearch(options.Compress, options.Finish);
            var found = new List<CompressionResult>();
            foreach (double fraction in options.KeptFractions)
            {
                progress?.Report(new SweepProgress(done++, total, string.Format(CultureInfo.InvariantCulture, "finding ε for {0:P0} kept", fraction)));
                try
                {
                    var result = search.ForParameters(network, (int)Math.Floor(fraction * network.ParameterCount));
                    if (found.All(f => f.Compressed.ParameterCount != result.Compressed.ParameterCount)) found.Add(result);
                }
                catch (BudgetException)
                {
                    unreached.Add(Math.Round(100 * fraction, 6));
                }
            }
            total = done + found.Count;
            return found;
        }

        /// <summary>At most <paramref name="count"/> rows, evenly spaced over the data (all rows when fewer).</summary>
        public static double[][] EvenlySpaced(double[][] rows, int count)
        {
            if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count), count, "At least one calibration row is needed.");
            if (rows.Length <= count) return rows;
            return Enumerable.Range(0, count).Select(i => rows[(int)((long)i * rows.Length / count)]).ToArray();
        }

        private static double[][] Targets(CsvTable table, int outputs)
        {
            bool named = outputs == 1 && table.IndexOf("y") >= 0
                || Enumerable.Range(0, outputs).All(i => table.IndexOf("y" + i.ToString(CultureInfo.InvariantCulture)) >= 0);
            return table.Columnset(named ? "y" : "out", outputs);
        }
    }
}

using System.Collections.Generic;

namespace Ferd.Lumping
{
    /// <summary>
    /// The representatives chosen so far, ordered by <see cref="ProjectionKey"/>: a neuron only needs
    /// comparing with those whose key lies within its reach, nearest first on either side.
    /// </summary>
    internal sealed class RepresentativeIndex
    {
        private readonly SortedSet<(double Key, int Neuron)> _byKey = new SortedSet<(double Key, int Neuron)>();

        public void Add(double key, int neuron) => _byKey.Add((key, neuron));

        /// <summary>Representatives with key in [key − reach, key], nearest key first.</summary>
        public IEnumerable<(double Key, int Neuron)> Below(double key, double reach) =>
            _byKey.GetViewBetween((key - reach, int.MinValue), (key, int.MaxValue)).Reverse();

        /// <summary>Representatives with key in (key, key + reach], nearest key first.</summary>
        public IEnumerable<(double Key, int Neuron)> Above(double key, double reach) =>
            _byKey.GetViewBetween((key, int.MaxValue), (key + reach, int.MaxValue));
    }
}

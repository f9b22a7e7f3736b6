using System;
using Ferd.Onnx.Protobuf;
using M = Ferd.Onnx.OnnxFieldNumbers.Model;
using O = Ferd.Onnx.OnnxFieldNumbers.OperatorSetId;

namespace Ferd.Onnx
{
    /// <summary>
    /// Reads an ONNX ModelProto with a protobuf reader of Ferd's own, which bounds every length by
    /// the bytes left and every nesting by a fixed depth. Any failure is a <see cref="ModelException"/>.
    /// </summary>
    public static class OnnxModelReader
    {
        public static OnnxModel Read(byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException(nameof(bytes));
            if (bytes.Length == 0) throw new ModelException(ModelErrorKind.InvalidOnnx, "The model file is empty; expected an ONNX model.");
            var reader = new ProtoReader(bytes, "ModelProto");
            long irVersion = 0, opset = 0;
            string producerName = "", producerVersion = "";
            OnnxGraph? graph = null;
            while (reader.TryReadTag(out int field, out var wire))
            {
                switch (field)
                {
                    case M.IrVersion:
                        irVersion = reader.ReadInt64(wire, "ir_version");
                        break;
                    case M.ProducerName:
                        producerName = reader.ReadString(wire, "producer_name");
                        break;
                    case M.ProducerVersion:
                        producerVersion = reader.ReadString(wire, "producer_version");
                        break;
                    case M.Graph:
                        graph = OnnxGraphReader.Read(reader.ReadMessage(wire, "graph", "GraphProto"));
                        break;
                    case M.OpsetImport:
                        var (domain, version) = ReadOpset(reader.ReadMessage(wire, "opset_import", "OperatorSetIdProto"));
                        if (domain is "" or "ai.onnx") opset = version;
                        break;
                    default:
                        reader.Skip(wire);
                        break;
                }
            }
            if (graph == null || irVersion <= 0)
                throw new ModelException(ModelErrorKind.InvalidOnnx,
                    "Not an ONNX model: the file has no " + (graph == null ? "graph" : "IR version") + ".");
            return new OnnxModel(irVersion, opset, producerName, producerVersion, graph);
        }

        private static (string Domain, long Version) ReadOpset(ProtoReader reader)
        {
            string domain = "";
            long version = 0;
            while (reader.TryReadTag(out int field, out var wire))
            {
                if (field == O.Domain)
                {
                    domain = reader.ReadString(wire, "domain");
                }
                else if (field == O.Version)
                {
                    version = reader.ReadInt64(wire, "version");
                }
                else reader.Skip(wire);
            }
            return (domain, version);
        }
    }
}

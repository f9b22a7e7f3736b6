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
                        reader.Expect(wire, WireType.Varint, "ir_version");
                        irVersion = reader.ReadInt64();
                        break;
                    case M.ProducerName:
                        reader.Expect(wire, WireType.LengthDelimited, "producer_name");
                        producerName = reader.ReadString();
                        break;
                    case M.ProducerVersion:
                        reader.Expect(wire, WireType.LengthDelimited, "producer_version");
                        producerVersion = reader.ReadString();
                        break;
                    case M.Graph:
                        reader.Expect(wire, WireType.LengthDelimited, "graph");
                        graph = OnnxGraphReader.Read(reader.ReadMessage("GraphProto"));
                        break;
                    case M.OpsetImport:
                        reader.Expect(wire, WireType.LengthDelimited, "opset_import");
                        var (domain, version) = ReadOpset(reader.ReadMessage("OperatorSetIdProto"));
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
                    reader.Expect(wire, WireType.LengthDelimited, "domain");
                    domain = reader.ReadString();
                }
                else if (field == O.Version)
                {
                    reader.Expect(wire, WireType.Varint, "version");
                    version = reader.ReadInt64();
                }
                else reader.Skip(wire);
            }
            return (domain, version);
        }
    }
}

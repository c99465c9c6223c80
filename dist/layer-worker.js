import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/events-universal/default.js
var require_default = __commonJS({
  "node_modules/events-universal/default.js"(exports, module) {
    module.exports = __require("events");
  }
});

// node_modules/fast-fifo/fixed-size.js
var require_fixed_size = __commonJS({
  "node_modules/fast-fifo/fixed-size.js"(exports, module) {
    module.exports = class FixedFIFO {
      constructor(hwm) {
        if (!(hwm > 0) || (hwm - 1 & hwm) !== 0) throw new Error("Max size for a FixedFIFO should be a power of two");
        this.buffer = new Array(hwm);
        this.mask = hwm - 1;
        this.top = 0;
        this.btm = 0;
        this.next = null;
      }
      clear() {
        this.top = this.btm = 0;
        this.next = null;
        this.buffer.fill(void 0);
      }
      push(data) {
        if (this.buffer[this.top] !== void 0) return false;
        this.buffer[this.top] = data;
        this.top = this.top + 1 & this.mask;
        return true;
      }
      shift() {
        const last = this.buffer[this.btm];
        if (last === void 0) return void 0;
        this.buffer[this.btm] = void 0;
        this.btm = this.btm + 1 & this.mask;
        return last;
      }
      peek() {
        return this.buffer[this.btm];
      }
      isEmpty() {
        return this.buffer[this.btm] === void 0;
      }
    };
  }
});

// node_modules/fast-fifo/index.js
var require_fast_fifo = __commonJS({
  "node_modules/fast-fifo/index.js"(exports, module) {
    var FixedFIFO = require_fixed_size();
    module.exports = class FastFIFO {
      constructor(hwm) {
        this.hwm = hwm || 16;
        this.head = new FixedFIFO(this.hwm);
        this.tail = this.head;
        this.length = 0;
      }
      clear() {
        this.head = this.tail;
        this.head.clear();
        this.length = 0;
      }
      push(val) {
        this.length++;
        if (!this.head.push(val)) {
          const prev = this.head;
          this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length);
          this.head.push(val);
        }
      }
      shift() {
        if (this.length !== 0) this.length--;
        const val = this.tail.shift();
        if (val === void 0 && this.tail.next) {
          const next = this.tail.next;
          this.tail.next = null;
          this.tail = next;
          return this.tail.shift();
        }
        return val;
      }
      peek() {
        const val = this.tail.peek();
        if (val === void 0 && this.tail.next) return this.tail.next.peek();
        return val;
      }
      isEmpty() {
        return this.length === 0;
      }
    };
  }
});

// node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/b4a/index.js"(exports, module) {
    function isBuffer(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    function alloc(size, fill3, encoding) {
      return Buffer.alloc(size, fill3, encoding);
    }
    function allocUnsafe(size) {
      return Buffer.allocUnsafe(size);
    }
    function allocUnsafeSlow(size) {
      return Buffer.allocUnsafeSlow(size);
    }
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    function compare(a, b) {
      return Buffer.compare(a, b);
    }
    function concat(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    function copy(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    function fill2(buffer, value, offset, end, encoding) {
      return toBuffer(buffer).fill(value, offset, end, encoding);
    }
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    function includes(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).includes(value, byteOffset, encoding);
    }
    function indexOf(buffer, value, byfeOffset, encoding) {
      return toBuffer(buffer).indexOf(value, byfeOffset, encoding);
    }
    function lastIndexOf(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding);
    }
    function swap16(buffer) {
      return toBuffer(buffer).swap16();
    }
    function swap32(buffer) {
      return toBuffer(buffer).swap32();
    }
    function swap64(buffer) {
      return toBuffer(buffer).swap64();
    }
    function toBuffer(buffer) {
      if (Buffer.isBuffer(buffer)) return buffer;
      return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function toString(buffer, encoding, start, end) {
      return toBuffer(buffer).toString(encoding, start, end);
    }
    function toHex(buffer, start, end) {
      return toBuffer(buffer).toString("hex", start, end);
    }
    function write(buffer, string, offset, length, encoding) {
      return toBuffer(buffer).write(string, offset, length, encoding);
    }
    function readDoubleBE(buffer, offset) {
      return toBuffer(buffer).readDoubleBE(offset);
    }
    function readDoubleLE(buffer, offset) {
      return toBuffer(buffer).readDoubleLE(offset);
    }
    function readFloatBE(buffer, offset) {
      return toBuffer(buffer).readFloatBE(offset);
    }
    function readFloatLE(buffer, offset) {
      return toBuffer(buffer).readFloatLE(offset);
    }
    function readInt32BE(buffer, offset) {
      return toBuffer(buffer).readInt32BE(offset);
    }
    function readInt32LE(buffer, offset) {
      return toBuffer(buffer).readInt32LE(offset);
    }
    function readUInt32BE(buffer, offset) {
      return toBuffer(buffer).readUInt32BE(offset);
    }
    function readUInt32LE(buffer, offset) {
      return toBuffer(buffer).readUInt32LE(offset);
    }
    function writeDoubleBE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleBE(value, offset);
    }
    function writeDoubleLE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleLE(value, offset);
    }
    function writeFloatBE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatBE(value, offset);
    }
    function writeFloatLE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatLE(value, offset);
    }
    function writeInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32BE(value, offset);
    }
    function writeInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32LE(value, offset);
    }
    function writeUInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32BE(value, offset);
    }
    function writeUInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32LE(value, offset);
    }
    module.exports = {
      isBuffer,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare,
      concat,
      copy,
      equals,
      fill: fill2,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/text-decoder/lib/pass-through-decoder.js
var require_pass_through_decoder = __commonJS({
  "node_modules/text-decoder/lib/pass-through-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class PassThroughDecoder {
      constructor(encoding) {
        this.encoding = encoding;
      }
      get remaining() {
        return 0;
      }
      decode(data) {
        return b4a.toString(data, this.encoding);
      }
      flush() {
        return "";
      }
    };
  }
});

// node_modules/text-decoder/lib/utf8-decoder.js
var require_utf8_decoder = __commonJS({
  "node_modules/text-decoder/lib/utf8-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class UTF8Decoder {
      constructor() {
        this._reset();
      }
      get remaining() {
        return this.bytesSeen;
      }
      decode(data) {
        if (data.byteLength === 0) return "";
        if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
          this.bytesSeen = trailingBytesSeen(data);
          return b4a.toString(data, "utf8");
        }
        let result = "";
        let start = 0;
        if (this.bytesNeeded > 0) {
          while (start < data.byteLength) {
            const byte = data[start];
            if (byte < this.lowerBoundary || byte > this.upperBoundary) {
              result += "\uFFFD";
              this._reset();
              break;
            }
            this.lowerBoundary = 128;
            this.upperBoundary = 191;
            this.codePoint = this.codePoint << 6 | byte & 63;
            this.bytesSeen++;
            start++;
            if (this.bytesSeen === this.bytesNeeded) {
              result += String.fromCodePoint(this.codePoint);
              this._reset();
              break;
            }
          }
          if (this.bytesNeeded > 0) return result;
        }
        const trailing = trailingIncomplete(data, start);
        const end = data.byteLength - trailing;
        if (end > start) result += b4a.toString(data, "utf8", start, end);
        for (let i = end; i < data.byteLength; i++) {
          const byte = data[i];
          if (this.bytesNeeded === 0) {
            if (byte <= 127) {
              this.bytesSeen = 0;
              result += String.fromCharCode(byte);
            } else if (byte >= 194 && byte <= 223) {
              this.bytesNeeded = 2;
              this.bytesSeen = 1;
              this.codePoint = byte & 31;
            } else if (byte >= 224 && byte <= 239) {
              if (byte === 224) this.lowerBoundary = 160;
              else if (byte === 237) this.upperBoundary = 159;
              this.bytesNeeded = 3;
              this.bytesSeen = 1;
              this.codePoint = byte & 15;
            } else if (byte >= 240 && byte <= 244) {
              if (byte === 240) this.lowerBoundary = 144;
              else if (byte === 244) this.upperBoundary = 143;
              this.bytesNeeded = 4;
              this.bytesSeen = 1;
              this.codePoint = byte & 7;
            } else {
              this.bytesSeen = 1;
              result += "\uFFFD";
            }
            continue;
          }
          if (byte < this.lowerBoundary || byte > this.upperBoundary) {
            result += "\uFFFD";
            i--;
            this._reset();
            continue;
          }
          this.lowerBoundary = 128;
          this.upperBoundary = 191;
          this.codePoint = this.codePoint << 6 | byte & 63;
          this.bytesSeen++;
          if (this.bytesSeen === this.bytesNeeded) {
            result += String.fromCodePoint(this.codePoint);
            this._reset();
          }
        }
        return result;
      }
      flush() {
        const result = this.bytesNeeded > 0 ? "\uFFFD" : "";
        this._reset();
        return result;
      }
      _reset() {
        this.codePoint = 0;
        this.bytesNeeded = 0;
        this.bytesSeen = 0;
        this.lowerBoundary = 128;
        this.upperBoundary = 191;
      }
    };
    function trailingIncomplete(data, start) {
      const len = data.byteLength;
      if (len <= start) return 0;
      const limit = Math.max(start, len - 4);
      let i = len - 1;
      while (i > limit && (data[i] & 192) === 128) i--;
      if (i < start) return 0;
      const byte = data[i];
      let needed;
      if (byte <= 127) return 0;
      if (byte >= 194 && byte <= 223) needed = 2;
      else if (byte >= 224 && byte <= 239) needed = 3;
      else if (byte >= 240 && byte <= 244) needed = 4;
      else return 0;
      const available = len - i;
      return available < needed ? available : 0;
    }
    function trailingBytesSeen(data) {
      const len = data.byteLength;
      if (len === 0) return 0;
      const last = data[len - 1];
      if (last <= 127) return 0;
      if ((last & 192) !== 128) return 1;
      const limit = Math.max(0, len - 4);
      let i = len - 2;
      while (i >= limit && (data[i] & 192) === 128) i--;
      if (i < 0) return 1;
      const first = data[i];
      let needed;
      if (first >= 194 && first <= 223) needed = 2;
      else if (first >= 224 && first <= 239) needed = 3;
      else if (first >= 240 && first <= 244) needed = 4;
      else return 1;
      if (len - i !== needed) return 1;
      if (needed >= 3) {
        const second = data[i + 1];
        if (first === 224 && second < 160) return 1;
        if (first === 237 && second > 159) return 1;
        if (first === 240 && second < 144) return 1;
        if (first === 244 && second > 143) return 1;
      }
      return 0;
    }
  }
});

// node_modules/text-decoder/index.js
var require_text_decoder = __commonJS({
  "node_modules/text-decoder/index.js"(exports, module) {
    var PassThroughDecoder = require_pass_through_decoder();
    var UTF8Decoder = require_utf8_decoder();
    module.exports = class TextDecoder {
      constructor(encoding = "utf8") {
        this.encoding = normalizeEncoding(encoding);
        switch (this.encoding) {
          case "utf8":
            this.decoder = new UTF8Decoder();
            break;
          case "utf16le":
          case "base64":
            throw new Error("Unsupported encoding: " + this.encoding);
          default:
            this.decoder = new PassThroughDecoder(this.encoding);
        }
      }
      get remaining() {
        return this.decoder.remaining;
      }
      push(data) {
        if (typeof data === "string") return data;
        return this.decoder.decode(data);
      }
      // For Node.js compatibility
      write(data) {
        return this.push(data);
      }
      end(data) {
        let result = "";
        if (data) result = this.push(data);
        result += this.decoder.flush();
        return result;
      }
    };
    function normalizeEncoding(encoding) {
      encoding = encoding.toLowerCase();
      switch (encoding) {
        case "utf8":
        case "utf-8":
          return "utf8";
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
          return "utf16le";
        case "latin1":
        case "binary":
          return "latin1";
        case "base64":
        case "ascii":
        case "hex":
          return encoding;
        default:
          throw new Error("Unknown encoding: " + encoding);
      }
    }
  }
});

// node_modules/streamx/lib/errors.js
var require_errors = __commonJS({
  "node_modules/streamx/lib/errors.js"(exports, module) {
    module.exports = class StreamError extends Error {
      constructor(msg, code, fn = StreamError) {
        super(msg);
        this.code = code;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, fn);
        }
      }
      static isStreamDestroyed(err2) {
        return err2 && err2.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err2) {
        return err2 && err2.code === "PREMATURE_CLOSE";
      }
      static isAborted(err2) {
        return err2 && err2.code === "ABORTED";
      }
      static isBadArgument(err2) {
        return err2 && err2.code === "BAD_ARGUMENT";
      }
      get name() {
        return "StreamError";
      }
      static STREAM_DESTROYED() {
        return new StreamError("Stream was destroyed", "STREAM_DESTROYED", StreamError.STREAM_DESTROYED);
      }
      static PREMATURE_CLOSE(msg = "Premature close") {
        return new StreamError(msg, "PREMATURE_CLOSE", StreamError.PREMATURE_CLOSE);
      }
      static ABORTED() {
        return new StreamError("Stream aborted", "ABORTED", StreamError.ABORTED);
      }
      static BAD_ARGUMENT(msg = "Bad argument") {
        return new StreamError(msg, "BAD_ARGUMENT", StreamError.BAD_ARGUMENT);
      }
    };
  }
});

// node_modules/streamx/index.js
var require_streamx = __commonJS({
  "node_modules/streamx/index.js"(exports, module) {
    var { EventEmitter } = require_default();
    var FIFO = require_fast_fifo();
    var TextDecoder = require_text_decoder();
    var StreamError = require_errors();
    var qmt = typeof queueMicrotask === "undefined" ? (fn) => global.process.nextTick(fn) : queueMicrotask;
    var MAX = (1 << 29) - 1;
    var OPENING = 1;
    var PREDESTROYING = 2;
    var DESTROYING = 4;
    var DESTROYED = 8;
    var NOT_OPENING = MAX ^ OPENING;
    var NOT_PREDESTROYING = MAX ^ PREDESTROYING;
    var READ_ACTIVE = 1 << 4;
    var READ_UPDATING = 2 << 4;
    var READ_PRIMARY = 4 << 4;
    var READ_QUEUED = 8 << 4;
    var READ_RESUMED = 16 << 4;
    var READ_PIPE_DRAINED = 32 << 4;
    var READ_ENDING = 64 << 4;
    var READ_EMIT_DATA = 128 << 4;
    var READ_EMIT_READABLE = 256 << 4;
    var READ_EMITTED_READABLE = 512 << 4;
    var READ_DONE = 1024 << 4;
    var READ_NEXT_TICK = 2048 << 4;
    var READ_NEEDS_PUSH = 4096 << 4;
    var READ_READ_AHEAD = 8192 << 4;
    var READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED;
    var READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH;
    var READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE;
    var READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED;
    var READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD;
    var READ_NOT_ACTIVE = MAX ^ READ_ACTIVE;
    var READ_NON_PRIMARY = MAX ^ READ_PRIMARY;
    var READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH);
    var READ_PUSHED = MAX ^ READ_NEEDS_PUSH;
    var READ_PAUSED = MAX ^ READ_RESUMED;
    var READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE);
    var READ_NOT_ENDING = MAX ^ READ_ENDING;
    var READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING;
    var READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK;
    var READ_NOT_UPDATING = MAX ^ READ_UPDATING;
    var READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD;
    var READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD;
    var WRITE_ACTIVE = 1 << 18;
    var WRITE_UPDATING = 2 << 18;
    var WRITE_PRIMARY = 4 << 18;
    var WRITE_QUEUED = 8 << 18;
    var WRITE_UNDRAINED = 16 << 18;
    var WRITE_DONE = 32 << 18;
    var WRITE_EMIT_DRAIN = 64 << 18;
    var WRITE_NEXT_TICK = 128 << 18;
    var WRITE_WRITING = 256 << 18;
    var WRITE_FINISHING = 512 << 18;
    var WRITE_CORKED = 1024 << 18;
    var WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING);
    var WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY;
    var WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING);
    var WRITE_DRAINED = MAX ^ WRITE_UNDRAINED;
    var WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED;
    var WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK;
    var WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING;
    var WRITE_NOT_CORKED = MAX ^ WRITE_CORKED;
    var ACTIVE = READ_ACTIVE | WRITE_ACTIVE;
    var NOT_ACTIVE = MAX ^ ACTIVE;
    var DONE = READ_DONE | WRITE_DONE;
    var DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING;
    var OPEN_STATUS = DESTROY_STATUS | OPENING;
    var AUTO_DESTROY = DESTROY_STATUS | DONE;
    var NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY;
    var ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK;
    var TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE;
    var IS_OPENING = OPEN_STATUS | TICKING;
    var READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE;
    var READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED;
    var READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED;
    var READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE;
    var SHOULD_NOT_READ = OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD;
    var READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE;
    var READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY;
    var READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING;
    var WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED;
    var WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE;
    var WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE;
    var WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED;
    var WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE;
    var WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING;
    var WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE;
    var WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY;
    var WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS;
    var asyncIterator = Symbol.asyncIterator || /* @__PURE__ */ Symbol("asyncIterator");
    var WritableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark;
        this.buffered = 0;
        this.error = null;
        this.pipeline = null;
        this.drains = null;
        this.byteLength = byteLengthWritable || byteLength || defaultByteLength;
        this.map = mapWritable || map;
        this.afterWrite = afterWrite.bind(this);
        this.afterUpdateNextTick = updateWriteNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & WRITE_FINISHING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & WRITE_DONE) !== 0;
      }
      push(data) {
        if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false;
        if (this.map !== null) data = this.map(data);
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        if (this.buffered < this.highWaterMark) {
          this.stream._duplexState |= WRITE_QUEUED;
          return true;
        }
        this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED;
        return false;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED;
        return data;
      }
      end(data) {
        if (typeof data === "function") {
          this.stream.once("finish", data);
        } else if (data !== void 0 && data !== null) {
          this.push(data);
        }
        this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY;
      }
      autoBatch(data, cb) {
        const buffer = [];
        const stream = this.stream;
        buffer.push(data);
        while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
          buffer.push(stream._writableState.shift());
        }
        if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null);
        stream._writev(buffer, cb);
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= WRITE_UPDATING;
        do {
          while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
            const data = this.shift();
            stream._duplexState |= WRITE_ACTIVE_AND_WRITING;
            stream._write(data, this.afterWrite);
          }
          if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary();
        } while (this.continueUpdate() === true);
        stream._duplexState &= WRITE_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
          stream._duplexState = stream._duplexState | WRITE_ACTIVE;
          stream._final(afterFinal.bind(this));
          return;
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTick() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= WRITE_NEXT_TICK;
        if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var ReadableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark;
        this.buffered = 0;
        this.readAhead = highWaterMark > 0;
        this.error = null;
        this.pipeline = null;
        this.byteLength = byteLengthReadable || byteLength || defaultByteLength;
        this.map = mapReadable || map;
        this.pipeTo = null;
        this.afterRead = afterRead.bind(this);
        this.afterUpdateNextTick = updateReadNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & READ_ENDING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & READ_DONE) !== 0;
      }
      pipe(pipeTo, cb) {
        if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT("Can only pipe to one destination");
        if (typeof cb !== "function") cb = null;
        this.stream._duplexState |= READ_PIPE_DRAINED;
        this.pipeTo = pipeTo;
        this.pipeline = new Pipeline(this.stream, pipeTo, cb);
        if (cb) this.stream.on("error", noop);
        if (isStreamx(pipeTo)) {
          pipeTo._writableState.pipeline = this.pipeline;
          if (cb) pipeTo.on("error", noop);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        } else {
          const onerror = this.pipeline.done.bind(this.pipeline, pipeTo);
          const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null);
          pipeTo.on("error", onerror);
          pipeTo.on("close", onclose);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        }
        pipeTo.on("drain", afterDrain.bind(this));
        this.stream.emit("piping", pipeTo);
        pipeTo.emit("pipe", this.stream);
      }
      push(data) {
        const stream = this.stream;
        if (data === null) {
          this.highWaterMark = 0;
          stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED;
          return false;
        }
        if (this.map !== null) {
          data = this.map(data);
          if (data === null) {
            stream._duplexState &= READ_PUSHED;
            return this.buffered < this.highWaterMark;
          }
        }
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED;
        return this.buffered < this.highWaterMark;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) {
          this.stream._duplexState &= READ_NOT_QUEUED;
        }
        return data;
      }
      unshift(data) {
        const pending = [this.map !== null ? this.map(data) : data];
        while (this.buffered > 0) pending.push(this.shift());
        for (let i = 0; i < pending.length - 1; i++) {
          const data2 = pending[i];
          this.buffered += this.byteLength(data2);
          this.queue.push(data2);
        }
        this.push(pending[pending.length - 1]);
      }
      read() {
        const stream = this.stream;
        if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
          return data;
        }
        if (this.readAhead === false) {
          stream._duplexState |= READ_READ_AHEAD;
          this.updateNextTick();
        }
        return null;
      }
      drain() {
        const stream = this.stream;
        while ((stream._duplexState & READ_STATUS) === READ_QUEUED && (stream._duplexState & READ_FLOWING) !== 0) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
        }
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= READ_UPDATING;
        do {
          this.drain();
          while (this.buffered < this.highWaterMark && (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD) {
            stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH;
            stream._read(this.afterRead);
            this.drain();
          }
          if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
            stream._duplexState |= READ_EMITTED_READABLE;
            stream.emit("readable");
          }
          if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
            this.updateNonPrimary();
          }
        } while (this.continueUpdate() === true);
        stream._duplexState &= READ_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
          stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING;
          stream.emit("end");
          if ((stream._duplexState & AUTO_DESTROY) === DONE) {
            stream._duplexState |= DESTROYING;
          }
          if (this.pipeTo !== null) {
            this.pipeTo.end();
          }
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTickIfOpen() {
        if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
      updateNextTick() {
        if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var TransformState = class {
      constructor(stream) {
        this.data = null;
        this.afterTransform = afterTransform.bind(stream);
        this.afterFinal = null;
      }
    };
    var Pipeline = class {
      constructor(src, dst, cb) {
        this.from = src;
        this.to = dst;
        this.afterPipe = cb;
        this.error = null;
        this.pipeToFinished = false;
      }
      finished() {
        this.pipeToFinished = true;
      }
      done(stream, err2) {
        if (err2) this.error = err2;
        if (stream === this.to) {
          this.to = null;
          if (this.from !== null) {
            if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
              this.from.destroy(this.error || StreamError.PREMATURE_CLOSE("Writable stream closed"));
            }
            return;
          }
        }
        if (stream === this.from) {
          this.from = null;
          if (this.to !== null) {
            if ((stream._duplexState & READ_DONE) === 0) {
              this.to.destroy(this.error || StreamError.PREMATURE_CLOSE("Readable stream closed"));
            }
            return;
          }
        }
        if (this.afterPipe !== null) this.afterPipe(this.error);
        this.to = this.from = this.afterPipe = null;
      }
    };
    function afterDrain() {
      this.stream._duplexState |= READ_PIPE_DRAINED;
      this.updateCallback();
    }
    function afterFinal(err2) {
      const stream = this.stream;
      if (err2) stream.destroy(err2);
      if ((stream._duplexState & DESTROY_STATUS) === 0) {
        stream._duplexState |= WRITE_DONE;
        stream.emit("finish");
      }
      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING;
      }
      stream._duplexState &= WRITE_NOT_FINISHING;
      if ((stream._duplexState & WRITE_UPDATING) === 0) {
        this.update();
      } else {
        this.updateNextTick();
      }
    }
    function afterDestroy(err2) {
      const stream = this.stream;
      if (!err2 && !StreamError.isStreamDestroyed(this.error)) err2 = this.error;
      if (err2) stream.emit("error", err2);
      stream._duplexState |= DESTROYED;
      stream.emit("close");
      const rs = stream._readableState;
      const ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null) {
        rs.pipeline.done(stream, err2);
      }
      if (ws !== null) {
        while (ws.drains !== null && ws.drains.length > 0) {
          ws.drains.shift().resolve(false);
        }
        if (ws.pipeline !== null) {
          ws.pipeline.done(stream, err2);
        }
      }
    }
    function afterWrite(err2) {
      const stream = this.stream;
      if (err2) stream.destroy(err2);
      stream._duplexState &= WRITE_NOT_ACTIVE;
      if (this.drains !== null) tickDrains(this.drains);
      if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
        stream._duplexState &= WRITE_DRAINED;
        if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
          stream.emit("drain");
        }
      }
      this.updateCallback();
    }
    function afterRead(err2) {
      if (err2) this.stream.destroy(err2);
      this.stream._duplexState &= READ_NOT_ACTIVE;
      if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
        this.stream._duplexState &= READ_NO_READ_AHEAD;
      }
      this.updateCallback();
    }
    function updateReadNT() {
      if ((this.stream._duplexState & READ_UPDATING) === 0) {
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        this.update();
      }
    }
    function updateWriteNT() {
      if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        this.update();
      }
    }
    function tickDrains(drains) {
      for (let i = 0; i < drains.length; i++) {
        if (--drains[i].writes === 0) {
          drains.shift().resolve(true);
          i--;
        }
      }
    }
    function afterOpen(err2) {
      const stream = this.stream;
      if (err2) stream.destroy(err2);
      if ((stream._duplexState & DESTROYING) === 0) {
        if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
          stream._duplexState |= READ_PRIMARY;
        }
        if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
          stream._duplexState |= WRITE_PRIMARY;
        }
        stream.emit("open");
      }
      stream._duplexState &= NOT_ACTIVE;
      if (stream._writableState !== null) {
        stream._writableState.updateCallback();
      }
      if (stream._readableState !== null) {
        stream._readableState.updateCallback();
      }
    }
    function afterTransform(err2, data) {
      if (data !== void 0 && data !== null) this.push(data);
      this._writableState.afterWrite(err2);
    }
    function newListener(name) {
      if (this._readableState !== null) {
        if (name === "data") {
          this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD;
          this._readableState.updateNextTick();
        }
        if (name === "readable") {
          this._duplexState |= READ_EMIT_READABLE;
          this._readableState.updateNextTick();
        }
      }
      if (this._writableState !== null) {
        if (name === "drain") {
          this._duplexState |= WRITE_EMIT_DRAIN;
          this._writableState.updateNextTick();
        }
      }
    }
    var Stream = class extends EventEmitter {
      constructor(opts) {
        super();
        this._duplexState = 0;
        this._readableState = null;
        this._writableState = null;
        if (opts) {
          if (opts.open) this._open = opts.open;
          if (opts.destroy) this._destroy = opts.destroy;
          if (opts.predestroy) this._predestroy = opts.predestroy;
          if (opts.signal) opts.signal.addEventListener("abort", abort.bind(this));
        }
        this.on("newListener", newListener);
      }
      _open(cb) {
        cb(null);
      }
      _destroy(cb) {
        cb(null);
      }
      _predestroy() {
      }
      get readable() {
        return this._readableState !== null ? true : void 0;
      }
      get writable() {
        return this._writableState !== null ? true : void 0;
      }
      get destroyed() {
        return (this._duplexState & DESTROYED) !== 0;
      }
      get destroying() {
        return (this._duplexState & DESTROY_STATUS) !== 0;
      }
      destroy(err2) {
        if ((this._duplexState & DESTROY_STATUS) === 0) {
          if (!err2) err2 = StreamError.STREAM_DESTROYED();
          this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY;
          if (this._readableState !== null) {
            this._readableState.highWaterMark = 0;
            this._readableState.error = err2;
          }
          if (this._writableState !== null) {
            this._writableState.highWaterMark = 0;
            this._writableState.error = err2;
          }
          this._duplexState |= PREDESTROYING;
          this._predestroy();
          this._duplexState &= NOT_PREDESTROYING;
          if (this._readableState !== null) {
            this._readableState.updateNextTick();
          }
          if (this._writableState !== null) {
            this._writableState.updateNextTick();
          }
        }
      }
    };
    var Readable2 = class _Readable extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD;
        this._readableState = new ReadableState(this, opts);
        if (opts) {
          if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD;
          if (opts.read) this._read = opts.read;
          if (opts.eagerOpen) this._readableState.updateNextTick();
          if (opts.encoding) this.setEncoding(opts.encoding);
        }
      }
      static deferred(fn, opts) {
        const out = new PassThrough(opts);
        fn().then((src) => {
          if (src === null) return out.end();
          if (out.destroying) return;
          pipeline2(src, out, noop);
        }).catch((err2) => out.destroy(err2));
        return out;
      }
      setEncoding(encoding) {
        const dec = new TextDecoder(encoding);
        const map = this._readableState.map || echo;
        this._readableState.map = mapOrSkip;
        return this;
        function mapOrSkip(data) {
          const next = dec.push(data);
          return next === "" && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next);
        }
      }
      _read(cb) {
        cb(null);
      }
      pipe(dest, cb) {
        this._readableState.updateNextTick();
        this._readableState.pipe(dest, cb);
        return dest;
      }
      read() {
        this._readableState.updateNextTick();
        return this._readableState.read();
      }
      push(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.push(data);
      }
      unshift(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.unshift(data);
      }
      resume() {
        this._duplexState |= READ_RESUMED_READ_AHEAD;
        this._readableState.updateNextTick();
        return this;
      }
      pause() {
        this._duplexState &= this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED;
        return this;
      }
      static _fromAsyncIterator(ite, opts) {
        let destroy;
        const rs = new _Readable({
          ...opts,
          read(cb) {
            ite.next().then(push).then(cb.bind(null, null)).catch(cb);
          },
          predestroy() {
            destroy = ite.return();
          },
          destroy(cb) {
            if (!destroy) return cb(null);
            destroy.then(cb.bind(null, null)).catch(cb);
          }
        });
        return rs;
        function push(data) {
          if (data.done) rs.push(null);
          else rs.push(data.value);
        }
      }
      static from(data, opts) {
        if (isReadStreamx(data)) return data;
        if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts);
        if (!Array.isArray(data)) data = data === void 0 ? [] : [data];
        let i = 0;
        return new _Readable({
          ...opts,
          read(cb) {
            this.push(i === data.length ? null : data[i++]);
            cb(null);
          }
        });
      }
      static isBackpressured(rs) {
        return (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 || rs._readableState.buffered >= rs._readableState.highWaterMark;
      }
      static isPaused(rs) {
        return (rs._duplexState & READ_RESUMED) === 0;
      }
      [asyncIterator]() {
        const stream = this;
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        this.on("error", (err2) => {
          error = err2;
        });
        this.on("readable", onreadable);
        this.on("close", onclose);
        return {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve, reject) {
              promiseResolve = resolve;
              promiseReject = reject;
              const data = stream.read();
              if (data !== null) ondata(data);
              else if ((stream._duplexState & DESTROYED) !== 0) ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err2) {
            return destroy(err2);
          }
        };
        function onreadable() {
          if (promiseResolve !== null) ondata(stream.read());
        }
        function onclose() {
          if (promiseResolve !== null) ondata(null);
        }
        function ondata(data) {
          if (promiseReject === null) return;
          if (error) {
            promiseReject(error);
          } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
            promiseReject(StreamError.STREAM_DESTROYED());
          } else {
            promiseResolve({ value: data, done: data === null });
          }
          promiseReject = promiseResolve = null;
        }
        function destroy(err2) {
          stream.destroy(err2);
          return new Promise((resolve, reject) => {
            if (stream._duplexState & DESTROYED) return resolve({ value: void 0, done: true });
            stream.once("close", function() {
              if (err2) reject(err2);
              else resolve({ value: void 0, done: true });
            });
          });
        }
      }
    };
    var Writable = class extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | READ_DONE;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
          if (opts.eagerOpen) this._writableState.updateNextTick();
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      static isBackpressured(ws) {
        return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0;
      }
      static drained(ws) {
        if (ws.destroyed) return Promise.resolve(false);
        const state = ws._writableState;
        const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length;
        const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0);
        if (writes === 0) return Promise.resolve(true);
        if (state.drains === null) state.drains = [];
        return new Promise((resolve) => {
          state.drains.push({ writes, resolve });
        });
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Duplex2 = class extends Readable2 {
      // and Writable
      constructor(opts) {
        super(opts);
        this._duplexState = OPENING | this._duplexState & READ_READ_AHEAD;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Transform2 = class extends Duplex2 {
      constructor(opts) {
        super(opts);
        this._transformState = new TransformState(this);
        if (opts) {
          if (opts.transform) this._transform = opts.transform;
          if (opts.flush) this._flush = opts.flush;
        }
      }
      _write(data, cb) {
        if (this._readableState.buffered >= this._readableState.highWaterMark) {
          this._transformState.data = data;
        } else {
          this._transform(data, this._transformState.afterTransform);
        }
      }
      _read(cb) {
        if (this._transformState.data !== null) {
          const data = this._transformState.data;
          this._transformState.data = null;
          cb(null);
          this._transform(data, this._transformState.afterTransform);
        } else {
          cb(null);
        }
      }
      destroy(err2) {
        super.destroy(err2);
        if (this._transformState.data !== null) {
          this._transformState.data = null;
          this._transformState.afterTransform();
        }
      }
      _transform(data, cb) {
        cb(null, data);
      }
      _flush(cb) {
        cb(null);
      }
      _final(cb) {
        this._transformState.afterFinal = cb;
        this._flush(transformAfterFlush.bind(this));
      }
    };
    var PassThrough = class extends Transform2 {
    };
    function transformAfterFlush(err2, data) {
      const cb = this._transformState.afterFinal;
      if (err2) return cb(err2);
      if (data !== null && data !== void 0) this.push(data);
      this.push(null);
      cb(null);
    }
    function pipelinePromise(...streams) {
      return new Promise((resolve, reject) => {
        return pipeline2(...streams, (err2) => {
          if (err2) return reject(err2);
          resolve();
        });
      });
    }
    function pipeline2(stream, ...streams) {
      const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams];
      const done = all.length && typeof all[all.length - 1] === "function" ? all.pop() : null;
      if (all.length < 2) throw StreamError.BAD_ARGUMENT("Pipeline requires at least 2 streams");
      let src = all[0];
      let dest = null;
      let error = null;
      for (let i = 1; i < all.length; i++) {
        dest = all[i];
        if (isStreamx(src)) {
          src.pipe(dest, onerror);
        } else {
          errorHandle(src, true, i > 1, onerror);
          src.pipe(dest);
        }
        src = dest;
      }
      if (done) {
        let fin = false;
        const autoDestroy = isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy);
        dest.on("error", (err2) => {
          if (error === null) error = err2;
        });
        dest.on("finish", () => {
          fin = true;
          if (!autoDestroy) done(error);
        });
        if (autoDestroy) {
          dest.on("close", () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())));
        }
      }
      return dest;
      function errorHandle(s, rd, wr, onerror2) {
        s.on("error", onerror2);
        s.on("close", onclose);
        function onclose() {
          if (rd && s._readableState && !s._readableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
          if (wr && s._writableState && !s._writableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
        }
      }
      function onerror(err2) {
        if (!err2 || error) return;
        error = err2;
        for (const s of all) {
          s.destroy(err2);
        }
      }
    }
    function echo(s) {
      return s;
    }
    function isStream(stream) {
      return !!stream._readableState || !!stream._writableState;
    }
    function isStreamx(stream) {
      return typeof stream._duplexState === "number" && isStream(stream);
    }
    function isEnding(stream) {
      return !!stream._readableState && stream._readableState.ending;
    }
    function isEnded(stream) {
      return !!stream._readableState && stream._readableState.ended;
    }
    function isFinishing(stream) {
      return !!stream._writableState && stream._writableState.ending;
    }
    function isFinished(stream) {
      return !!stream._writableState && stream._writableState.ended;
    }
    function getStreamError(stream, opts = {}) {
      const err2 = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err2) ? null : err2;
    }
    function isReadStreamx(stream) {
      return isStreamx(stream) && stream.readable;
    }
    function isDisturbed(stream) {
      return (stream._duplexState & OPENING) !== OPENING || (stream._duplexState & DESTROYING) === DESTROYING || (stream._duplexState & ACTIVE_OR_TICKING) !== 0;
    }
    function isTypedArray(data) {
      return typeof data === "object" && data !== null && typeof data.byteLength === "number";
    }
    function defaultByteLength(data) {
      return isTypedArray(data) ? data.byteLength : 1024;
    }
    function noop() {
    }
    function abort() {
      this.destroy(StreamError.ABORTED());
    }
    function isWritev(s) {
      return s._writev !== Writable.prototype._writev && s._writev !== Duplex2.prototype._writev;
    }
    module.exports = {
      pipeline: pipeline2,
      pipelinePromise,
      isStream,
      isStreamx,
      isEnding,
      isEnded,
      isFinishing,
      isFinished,
      isDisturbed,
      getStreamError,
      Stream,
      Writable,
      Readable: Readable2,
      Duplex: Duplex2,
      Transform: Transform2,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough
    };
  }
});

// node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/tar-stream/headers.js"(exports) {
    var b4a = require_b4a();
    var ZEROS = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]);
    var USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]);
    var GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]);
    var GNU_VER = b4a.from([32, 0]);
    var MASK = 4095;
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    exports.decodeLongPath = function decodeLongPath(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports.encodePax = function encodePax(opts) {
      let result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      const pax = opts.pax;
      if (pax) {
        for (const key in pax) {
          result += addLength(" " + key + "=" + pax[key] + "\n");
        }
      }
      return b4a.from(result);
    };
    exports.decodePax = function decodePax(buf) {
      const result = {};
      while (buf.length) {
        let i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        const len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        const b = b4a.toString(buf.subarray(i + 1, len - 1));
        const keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.subarray(len);
      }
      return result;
    };
    exports.encode = function encode(opts) {
      const buf = b4a.alloc(512);
      let name = opts.name;
      let prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (b4a.byteLength(name) !== name.length) return null;
      while (b4a.byteLength(name) > 100) {
        const i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null;
      if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null;
      b4a.write(buf, name);
      b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100);
      b4a.write(buf, encodeOct(opts.uid, 6), 108);
      b4a.write(buf, encodeOct(opts.gid, 6), 116);
      encodeSize(opts.size, buf, 124);
      b4a.write(buf, encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) b4a.write(buf, opts.linkname, 157);
      b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET);
      b4a.copy(USTAR_VER, buf, VERSION_OFFSET);
      if (opts.uname) b4a.write(buf, opts.uname, 265);
      if (opts.gname) b4a.write(buf, opts.gname, 297);
      b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329);
      b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) b4a.write(buf, prefix, 345);
      b4a.write(buf, encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports.decode = function decode(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      let name = decodeStr(buf, 0, 100, filenameEncoding);
      const mode = decodeOct(buf, 100, 8);
      const uid = decodeOct(buf, 108, 8);
      const gid = decodeOct(buf, 116, 8);
      const size = decodeOct(buf, 124, 12);
      const mtime = decodeOct(buf, 136, 12);
      const type = toType(typeflag);
      const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      const uname = decodeStr(buf, 265, 32);
      const gname = decodeStr(buf, 297, 32);
      const devmajor = decodeOct(buf, 329, 8);
      const devminor = decodeOct(buf, 337, 8);
      const c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf)) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (isGNU(buf)) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size,
        byteOffset: 0,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    };
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    function clamp(index, len, defaultValue) {
      if (typeof index !== "number") return defaultValue;
      index = ~~index;
      if (index >= len) return len;
      if (index >= 0) return index;
      index += len;
      if (index >= 0) return index;
      return 0;
    }
    function toType(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    function toTypeflag(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    function indexOf(block, num, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num) return offset;
      }
      return end;
    }
    function cksum(block) {
      let sum = 8 * 32;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    function encodeOct(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      return ZEROS.slice(0, n - val.length) + val + " ";
    }
    function encodeSizeBin(num, buf, off) {
      buf[off] = 128;
      for (let i = 11; i > 0; i--) {
        buf[off + i] = num & 255;
        num = Math.floor(num / 256);
      }
    }
    function encodeSize(num, buf, off) {
      if (num.toString(8).length > 11) {
        encodeSizeBin(num, buf, off);
      } else {
        b4a.write(buf, encodeOct(num, 11), off);
      }
    }
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      const tuple = [];
      let i;
      for (i = buf.length - 1; i > 0; i--) {
        const byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      let sum = 0;
      const l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -1 * sum;
    }
    function decodeOct(val, offset, length) {
      val = val.subarray(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    function addLength(str) {
      const len = b4a.byteLength(str);
      let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits >= Math.pow(10, digits)) digits++;
      return len + digits + str;
    }
  }
});

// node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/tar-stream/extract.js"(exports, module) {
    var { Writable, Readable: Readable2, getStreamError } = require_streamx();
    var FIFO = require_fast_fifo();
    var b4a = require_b4a();
    var headers = require_headers();
    var EMPTY = b4a.alloc(0);
    var MAX_HEADER_SIZE = 4 * 1024 * 1024;
    var BufferList = class {
      constructor() {
        this.buffered = 0;
        this.shifted = 0;
        this.queue = new FIFO();
        this._offset = 0;
      }
      push(buffer) {
        this.buffered += buffer.byteLength;
        this.queue.push(buffer);
      }
      shiftFirst(size) {
        return this.buffered === 0 ? null : this._next(size);
      }
      shift(size) {
        if (size > this.buffered) return null;
        if (size === 0) return EMPTY;
        let chunk = this._next(size);
        if (size === chunk.byteLength) return chunk;
        const chunks = [chunk];
        while ((size -= chunk.byteLength) > 0) {
          chunk = this._next(size);
          chunks.push(chunk);
        }
        return b4a.concat(chunks);
      }
      _next(size) {
        const buf = this.queue.peek();
        const rem = buf.byteLength - this._offset;
        if (size >= rem) {
          const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf;
          this.queue.shift();
          this._offset = 0;
          this.buffered -= rem;
          this.shifted += rem;
          return sub;
        }
        this.buffered -= size;
        this.shifted += size;
        return buf.subarray(this._offset, this._offset += size);
      }
    };
    var Source = class extends Readable2 {
      constructor(self, header, offset) {
        super();
        this.header = header;
        this.offset = offset;
        this._parent = self;
      }
      _read(cb) {
        if (this.header.size === 0) {
          this.push(null);
        }
        if (this._parent._stream === this) {
          this._parent._update();
        }
        cb(null);
      }
      _predestroy() {
        this._parent.destroy(getStreamError(this));
      }
      _detach() {
        if (this._parent._stream === this) {
          this._parent._stream = null;
          this._parent._missing = overflow(this.header.size);
          this._parent._update();
        }
      }
      _destroy(cb) {
        this._detach();
        cb(null);
      }
    };
    var Extract = class extends Writable {
      constructor(opts) {
        super(opts);
        if (!opts) opts = {};
        this._buffer = new BufferList();
        this._offset = 0;
        this._header = null;
        this._stream = null;
        this._missing = 0;
        this._longHeader = false;
        this._callback = noop;
        this._locked = false;
        this._finished = false;
        this._pax = null;
        this._paxGlobal = null;
        this._gnuLongPath = null;
        this._gnuLongLinkPath = null;
        this._filenameEncoding = opts.filenameEncoding || "utf-8";
        this._allowUnknownFormat = !!opts.allowUnknownFormat;
        this._unlockBound = this._unlock.bind(this);
      }
      _unlock(err2) {
        this._locked = false;
        if (err2) {
          this.destroy(err2);
          this._continueWrite(err2);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return false;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err2) {
          this._continueWrite(err2);
          return false;
        }
        if (!this._header) return true;
        this._header.byteOffset = this._buffer.shifted;
        switch (this._header.type) {
          case "gnu-long-path":
          case "gnu-long-link-path":
          case "pax-global-header":
          case "pax-header":
            this._longHeader = true;
            this._missing = this._header.size;
            if (this._missing > MAX_HEADER_SIZE) {
              this._continueWrite(new Error("Header exceeds max size"));
              return false;
            }
            return true;
        }
        this._locked = true;
        this._applyLongHeaders();
        if (!(this._header.size >= 0)) {
          this._continueWrite(new Error("Invalid header"));
          return false;
        }
        if (this._header.size === 0 || this._header.type === "directory") {
          this.emit("entry", this._header, this._createStream(), this._unlockBound);
          return true;
        }
        this._stream = this._createStream();
        this._missing = this._header.size;
        this.emit("entry", this._header, this._stream, this._unlockBound);
        return true;
      }
      _applyLongHeaders() {
        if (this._gnuLongPath) {
          this._header.name = this._gnuLongPath;
          this._gnuLongPath = null;
        }
        if (this._gnuLongLinkPath) {
          this._header.linkname = this._gnuLongLinkPath;
          this._gnuLongLinkPath = null;
        }
        if (this._pax) {
          if (this._pax.path) this._header.name = this._pax.path;
          if (this._pax.linkpath) this._header.linkname = this._pax.linkpath;
          if (this._pax.size) this._header.size = parseInt(this._pax.size, 10);
          this._header.pax = this._pax;
          this._pax = null;
        }
      }
      _decodeLongHeader(buf) {
        switch (this._header.type) {
          case "gnu-long-path":
            this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "gnu-long-link-path":
            this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "pax-global-header":
            this._paxGlobal = headers.decodePax(buf);
            break;
          case "pax-header":
            this._pax = this._paxGlobal === null ? headers.decodePax(buf) : Object.assign({}, this._paxGlobal, headers.decodePax(buf));
            break;
        }
      }
      _consumeLongHeader() {
        this._longHeader = false;
        this._missing = overflow(this._header.size);
        const buf = this._buffer.shift(this._header.size);
        try {
          this._decodeLongHeader(buf);
        } catch (err2) {
          this._continueWrite(err2);
          return false;
        }
        return true;
      }
      _consumeStream() {
        const buf = this._buffer.shiftFirst(this._missing);
        if (buf === null) return false;
        this._missing -= buf.byteLength;
        const drained = this._stream.push(buf);
        if (this._missing === 0) {
          this._stream.push(null);
          if (drained) this._stream._detach();
          return drained && this._locked === false;
        }
        return drained;
      }
      _createStream() {
        return new Source(this, this._header, this._offset);
      }
      _update() {
        while (this._buffer.buffered > 0 && !this.destroying) {
          if (this._missing > 0) {
            if (this._stream !== null) {
              if (this._consumeStream() === false) return;
              continue;
            }
            if (this._longHeader === true) {
              if (this._missing > this._buffer.buffered) break;
              if (this._consumeLongHeader() === false) return false;
              continue;
            }
            const ignore = this._buffer.shiftFirst(this._missing);
            if (ignore !== null) this._missing -= ignore.byteLength;
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === false) return;
        }
        this._continueWrite(null);
      }
      _continueWrite(err2) {
        const cb = this._callback;
        this._callback = noop;
        cb(err2);
      }
      _write(data, cb) {
        this._callback = cb;
        this._buffer.push(data);
        this._update();
      }
      _final(cb) {
        this._finished = this._missing === 0 && this._buffer.buffered === 0;
        cb(this._finished ? null : new Error("Unexpected end of data"));
      }
      _predestroy() {
        this._continueWrite(null);
      }
      _destroy(cb) {
        if (this._stream) this._stream.destroy(getStreamError(this));
        cb(null);
      }
      [Symbol.asyncIterator]() {
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        let entryStream = null;
        let entryCallback = null;
        const extract2 = this;
        this.on("entry", onentry);
        this.on("error", (err2) => {
          error = err2;
        });
        this.on("close", onclose);
        return {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(onnext);
          },
          return() {
            return destroy(null);
          },
          throw(err2) {
            return destroy(err2);
          }
        };
        function consumeCallback(err2) {
          if (!entryCallback) return;
          const cb = entryCallback;
          entryCallback = null;
          cb(err2);
        }
        function onnext(resolve, reject) {
          if (error) {
            return reject(error);
          }
          if (entryStream) {
            resolve({ value: entryStream, done: false });
            entryStream = null;
            return;
          }
          promiseResolve = resolve;
          promiseReject = reject;
          consumeCallback(null);
          if (extract2._finished && promiseResolve) {
            promiseResolve({ value: void 0, done: true });
            promiseResolve = promiseReject = null;
          }
        }
        function onentry(header, stream, callback) {
          entryCallback = callback;
          stream.on("error", noop);
          if (promiseResolve) {
            promiseResolve({ value: stream, done: false });
            promiseResolve = promiseReject = null;
          } else {
            entryStream = stream;
          }
        }
        function onclose() {
          consumeCallback(error);
          if (!promiseResolve) return;
          if (error) promiseReject(error);
          else promiseResolve({ value: void 0, done: true });
          promiseResolve = promiseReject = null;
        }
        function destroy(err2) {
          extract2.destroy(err2);
          consumeCallback(err2);
          return new Promise((resolve, reject) => {
            if (extract2.destroyed) return resolve({ value: void 0, done: true });
            extract2.once("close", function() {
              if (err2) reject(err2);
              else resolve({ value: void 0, done: true });
            });
          });
        }
      }
    };
    module.exports = function extract2(opts) {
      return new Extract(opts);
    };
    function noop() {
    }
    function overflow(size) {
      size &= 511;
      return size && 512 - size;
    }
  }
});

// node_modules/tar-stream/constants.js
var require_constants = __commonJS({
  "node_modules/tar-stream/constants.js"(exports, module) {
    var constants = {
      // just for envs without fs
      S_IFMT: 61440,
      S_IFDIR: 16384,
      S_IFCHR: 8192,
      S_IFBLK: 24576,
      S_IFIFO: 4096,
      S_IFLNK: 40960
    };
    try {
      module.exports = __require("fs").constants || constants;
    } catch {
      module.exports = constants;
    }
  }
});

// node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/tar-stream/pack.js"(exports, module) {
    var { Readable: Readable2, Writable, getStreamError } = require_streamx();
    var b4a = require_b4a();
    var constants = require_constants();
    var headers = require_headers();
    var DMODE = 493;
    var FMODE = 420;
    var END_OF_TAR = b4a.alloc(1024);
    var Sink = class extends Writable {
      constructor(pack, header, callback) {
        super({ mapWritable, eagerOpen: true });
        this.written = 0;
        this.header = header;
        this._callback = callback;
        this._linkname = null;
        this._isLinkname = header.type === "symlink" && !header.linkname;
        this._isVoid = header.type !== "file" && header.type !== "contiguous-file";
        this._finished = false;
        this._pack = pack;
        this._openCallback = null;
        if (this._pack._stream === null) this._pack._stream = this;
        else this._pack._pending.push(this);
      }
      _open(cb) {
        this._openCallback = cb;
        if (this._pack._stream === this) this._continueOpen();
      }
      _continuePack(err2) {
        if (this._callback === null) return;
        const callback = this._callback;
        this._callback = null;
        callback(err2);
      }
      _continueOpen() {
        if (this._pack._stream === null) this._pack._stream = this;
        const cb = this._openCallback;
        this._openCallback = null;
        if (cb === null) return;
        if (this._pack.destroying) return cb(new Error("pack stream destroyed"));
        if (this._pack._finalized) return cb(new Error("pack stream is already finalized"));
        this._pack._stream = this;
        if (!this._isLinkname) {
          this._pack._encode(this.header);
        }
        if (this._isVoid) {
          this._finish();
          this._continuePack(null);
        }
        cb(null);
      }
      _write(data, cb) {
        if (this._isLinkname) {
          this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data;
          return cb(null);
        }
        if (this._isVoid) {
          if (data.byteLength > 0) {
            return cb(new Error("No body allowed for this entry"));
          }
          return cb();
        }
        this.written += data.byteLength;
        if (this._pack.push(data)) return cb();
        this._pack._drain = cb;
      }
      _finish() {
        if (this._finished) return;
        this._finished = true;
        if (this._isLinkname) {
          this.header.linkname = this._linkname ? b4a.toString(this._linkname, "utf-8") : "";
          this._pack._encode(this.header);
        }
        overflow(this._pack, this.header.size);
        this._pack._done(this);
      }
      _final(cb) {
        if (this.written !== this.header.size) {
          return cb(new Error("Size mismatch"));
        }
        this._finish();
        cb(null);
      }
      _getError() {
        return getStreamError(this) || new Error("tar entry destroyed");
      }
      _predestroy() {
        this._pack.destroy(this._getError());
      }
      _destroy(cb) {
        this._pack._done(this);
        this._continuePack(this._finished ? null : this._getError());
        cb();
      }
    };
    var Pack = class extends Readable2 {
      constructor(opts) {
        super(opts);
        this._drain = noop;
        this._finalized = false;
        this._finalizing = false;
        this._pending = [];
        this._stream = null;
      }
      entry(header, buffer, callback) {
        if (this._finalized || this.destroying) throw new Error("already finalized or destroyed");
        if (typeof buffer === "function") {
          callback = buffer;
          buffer = null;
        }
        if (!callback) callback = noop;
        if (!header.size || header.type === "symlink") header.size = 0;
        if (!header.type) header.type = modeToType(header.mode);
        if (!header.mode) header.mode = header.type === "directory" ? DMODE : FMODE;
        if (!header.uid) header.uid = 0;
        if (!header.gid) header.gid = 0;
        if (!header.mtime) header.mtime = /* @__PURE__ */ new Date();
        if (typeof buffer === "string") buffer = b4a.from(buffer);
        const sink = new Sink(this, header, callback);
        if (b4a.isBuffer(buffer)) {
          header.size = buffer.byteLength;
          sink.write(buffer);
          sink.end();
          return sink;
        }
        if (sink._isVoid) {
          return sink;
        }
        return sink;
      }
      finalize() {
        if (this._stream || this._pending.length > 0) {
          this._finalizing = true;
          return;
        }
        if (this._finalized) return;
        this._finalized = true;
        this.push(END_OF_TAR);
        this.push(null);
      }
      _done(stream) {
        if (stream !== this._stream) return;
        this._stream = null;
        if (this._finalizing) this.finalize();
        if (this._pending.length) this._pending.shift()._continueOpen();
      }
      _encode(header) {
        if (!header.pax) {
          const buf = headers.encode(header);
          if (buf) {
            this.push(buf);
            return;
          }
        }
        this._encodePax(header);
      }
      _encodePax(header) {
        const paxHeader = headers.encodePax({
          name: header.name,
          linkname: header.linkname,
          pax: header.pax
        });
        const newHeader = {
          name: "PaxHeader",
          mode: header.mode,
          uid: header.uid,
          gid: header.gid,
          size: paxHeader.byteLength,
          mtime: header.mtime,
          type: "pax-header",
          linkname: header.linkname && "PaxHeader",
          uname: header.uname,
          gname: header.gname,
          devmajor: header.devmajor,
          devminor: header.devminor
        };
        this.push(headers.encode(newHeader));
        this.push(paxHeader);
        overflow(this, paxHeader.byteLength);
        newHeader.size = header.size;
        newHeader.type = header.type;
        this.push(headers.encode(newHeader));
      }
      _doDrain() {
        const drain = this._drain;
        this._drain = noop;
        drain();
      }
      _predestroy() {
        const err2 = getStreamError(this);
        if (this._stream) this._stream.destroy(err2);
        while (this._pending.length) {
          const stream = this._pending.shift();
          stream.destroy(err2);
          stream._continueOpen();
        }
        this._doDrain();
      }
      _read(cb) {
        this._doDrain();
        cb();
      }
    };
    module.exports = function pack(opts) {
      return new Pack(opts);
    };
    function modeToType(mode) {
      switch (mode & constants.S_IFMT) {
        case constants.S_IFBLK:
          return "block-device";
        case constants.S_IFCHR:
          return "character-device";
        case constants.S_IFDIR:
          return "directory";
        case constants.S_IFIFO:
          return "fifo";
        case constants.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    function noop() {
    }
    function overflow(self, size) {
      size &= 511;
      if (size) self.push(END_OF_TAR.subarray(0, 512 - size));
    }
    function mapWritable(buf) {
      return b4a.isBuffer(buf) ? buf : b4a.from(buf);
    }
  }
});

// node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/tar-stream/index.js"(exports) {
    exports.extract = require_extract();
    exports.pack = require_pack();
  }
});

// src/image/layer-worker.ts
import { parentPort } from "node:worker_threads";

// src/text.ts
function showControls(text, keep = "") {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (ch) => keep.includes(ch) ? ch : `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`
  );
}

// src/errors.ts
var UserError = class extends Error {
  name = "UserError";
};
function errorMessage(err2) {
  const msg = err2 instanceof Error ? err2.message : String(err2);
  return showControls(msg.replace(/\s*\n\s*/g, " ").trim());
}

// src/image/layer.ts
var tar = __toESM(require_tar_stream(), 1);
import { createHash as createHash2 } from "node:crypto";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/retry.ts
function isTransient(err2) {
  return err2?.retryable === true;
}

// src/inspect/loader/ld-cache.ts
var OLD_MAGIC = "ld.so-1.7.0";
var NEW_MAGIC = "glibc-ld.so.cache1.1";
var NEW_HEADER = 48;
var NEW_ENTRY = 24;
var OLD_HEADER = 16;
var OLD_ENTRY = 12;
var MAX_ENTRIES = 1 << 20;
function cstring(buf, at) {
  if (at < 0 || at >= buf.length) return void 0;
  const end = buf.indexOf(0, at);
  return end === -1 ? void 0 : buf.toString("utf8", at, end);
}
function parseLdCache(buf) {
  return parseAs(buf, true) ?? parseAs(buf, false);
}
function parseAs(buf, littleEndian) {
  let base = 0;
  if (buf.toString("latin1", 0, OLD_MAGIC.length) === OLD_MAGIC) {
    if (buf.length < OLD_HEADER) return void 0;
    const nold = littleEndian ? buf.readUInt32LE(12) : buf.readUInt32BE(12);
    if (nold > MAX_ENTRIES || OLD_HEADER + nold * OLD_ENTRY > buf.length) return void 0;
    base = OLD_HEADER + nold * OLD_ENTRY + 7 & ~7;
    if (buf.length < base + NEW_HEADER || buf.toString("latin1", base, base + NEW_MAGIC.length) !== NEW_MAGIC) {
      return parseOld(buf, nold, littleEndian);
    }
  }
  if (buf.length < base + NEW_HEADER || buf.toString("latin1", base, base + NEW_MAGIC.length) !== NEW_MAGIC) {
    return void 0;
  }
  const endian = buf[base + 28] ?? 0;
  const le = (endian & 3) === 2 ? true : (endian & 3) === 3 ? false : littleEndian;
  const u322 = (at) => le ? buf.readUInt32LE(at) : buf.readUInt32BE(at);
  const nlibs = u322(base + 20);
  if (nlibs > MAX_ENTRIES || base + NEW_HEADER + nlibs * NEW_ENTRY > buf.length) return void 0;
  const out = [];
  for (let i = 0; i < nlibs; i++) {
    const at = base + NEW_HEADER + i * NEW_ENTRY;
    const flags = le ? buf.readInt32LE(at) : buf.readInt32BE(at);
    const soname = cstring(buf, base + u322(at + 4));
    const path = cstring(buf, base + u322(at + 8));
    if (soname === void 0 || path === void 0) return void 0;
    const hwcap = Number(le ? buf.readBigUInt64LE(at + 16) : buf.readBigUInt64BE(at + 16));
    out.push({ flags, soname, path, hwcap });
  }
  return out;
}
function parseOld(buf, nold, le) {
  const strings2 = OLD_HEADER + nold * OLD_ENTRY;
  const u322 = (at) => le ? buf.readUInt32LE(at) : buf.readUInt32BE(at);
  const out = [];
  for (let i = 0; i < nold; i++) {
    const at = OLD_HEADER + i * OLD_ENTRY;
    const flags = le ? buf.readInt32LE(at) : buf.readInt32BE(at);
    const soname = cstring(buf, strings2 + u322(at + 4));
    const path = cstring(buf, strings2 + u322(at + 8));
    if (soname === void 0 || path === void 0) return void 0;
    out.push({ flags, soname, path, hwcap: 0 });
  }
  return out;
}

// src/image/capture.ts
import { createHash } from "node:crypto";

// src/binary/bytes.ts
function valid(offset, length) {
  return Number.isSafeInteger(offset) && Number.isSafeInteger(length) && offset >= 0 && length >= 0;
}
function bufferSource(buf, size = buf.length) {
  return {
    size,
    read: (offset, length) => valid(offset, length) && offset + length <= buf.length ? buf.subarray(offset, offset + length) : void 0
  };
}
function sparseSource(size, parts) {
  return {
    size,
    read(offset, length) {
      if (!valid(offset, length)) return void 0;
      for (const p of parts) {
        if (offset >= p.offset && offset + length <= p.offset + p.length) return p.read(offset - p.offset, length);
      }
      return void 0;
    }
  };
}
function readUpTo(src, offset, max) {
  let len = Math.min(max, Math.max(0, src.size - offset));
  while (len > 0) {
    const b = src.read(offset, len);
    if (b) return b;
    len = Math.floor(len / 2);
  }
  return void 0;
}
function firstBytes(src) {
  return src.read(0, Math.min(src.size, 4096)) ?? src.read(0, Math.min(src.size, 4));
}

// src/binary/arm.ts
var TAG_FILE = 1;
var TAG_CPU_ARCH = 6;
var TAG_ABI_VFP_ARGS = 28;
function uleb(buf, pos, end) {
  let v = 0;
  let shift = 0;
  for (let i = pos; i < end && shift < 35; i++) {
    const b = buf[i];
    v += (b & 127) * 2 ** shift;
    shift += 7;
    if ((b & 128) === 0) return [v, i + 1];
  }
  return void 0;
}
function ntbs(buf, pos, end) {
  const nul = buf.indexOf(0, pos);
  return nul === -1 || nul >= end ? void 0 : nul + 1;
}
function readArmAttributes(buf, le) {
  if (buf.length < 5 || buf[0] !== 65) return void 0;
  const u322 = (o) => le ? buf.readUInt32LE(o) : buf.readUInt32BE(o);
  let pos = 1;
  while (pos + 4 <= buf.length) {
    const len = u322(pos);
    const end = Math.min(buf.length, pos + len);
    if (len < 5) return void 0;
    const vendorEnd = ntbs(buf, pos + 4, end);
    if (vendorEnd === void 0) return void 0;
    if (buf.toString("latin1", pos + 4, vendorEnd - 1) === "aeabi") {
      let p = vendorEnd;
      while (p + 5 <= end) {
        const tag = buf[p];
        const size = u322(p + 1);
        const subEnd = Math.min(end, p + size);
        if (size < 5) return void 0;
        if (tag === TAG_FILE) return readTags(buf, p + 5, subEnd);
        p = subEnd;
      }
      return void 0;
    }
    pos = end;
  }
  return void 0;
}
function readTags(buf, start, end) {
  const out = {};
  let p = start;
  while (p < end) {
    const t = uleb(buf, p, end);
    if (!t) break;
    const [tag, next] = t;
    p = next;
    if (tag === 4 || tag === 5 || tag === 67 || tag > 32 && tag % 2 === 1) {
      const after = ntbs(buf, p, end);
      if (after === void 0) break;
      p = after;
      continue;
    }
    const v = uleb(buf, p, end);
    if (!v) break;
    p = v[1];
    if (tag === 32) {
      const after = ntbs(buf, p, end);
      if (after === void 0) break;
      p = after;
    }
    if (tag === TAG_CPU_ARCH) out.cpuArch = v[0];
    if (tag === TAG_ABI_VFP_ARGS) out.vfpArgs = v[0];
  }
  return out;
}

// src/binary/elf-reader.ts
var PT_LOAD = 1;
var PT_DYNAMIC = 2;
var PF_X = 1;
var PF_W = 2;
var MAX_STRING = 4096;
var MAX_SECTIONS = 65535;
var MAX_PHDRS = 4096;
function isElf(buf) {
  return buf.length >= 4 && buf[0] === 127 && buf[1] === 69 && buf[2] === 76 && buf[3] === 70;
}
var ElfReader = class {
  constructor(src, le, is64) {
    this.src = src;
    this.le = le;
    this.is64 = is64;
  }
  src;
  le;
  is64;
  get wordSize() {
    return this.is64 ? 8 : 4;
  }
  u16(off) {
    const b = this.src.read(off, 2);
    return b && (this.le ? b.readUInt16LE(0) : b.readUInt16BE(0));
  }
  u32(off) {
    const b = this.src.read(off, 4);
    return b && (this.le ? b.readUInt32LE(0) : b.readUInt32BE(0));
  }
  /** A target-word value; 64-bit values past 2^53 come back as NaN so that every bounds check fails. */
  word(off, size = this.wordSize) {
    if (size === 4) return this.u32(off);
    const b = this.src.read(off, 8);
    if (!b) return void 0;
    const v = this.le ? b.readBigUInt64LE(0) : b.readBigUInt64BE(0);
    return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : NaN;
  }
  /** A NUL-terminated string, from as many of its bytes as are at hand (a sparse file may end a range early). */
  cstring(off, max = MAX_STRING) {
    const b = readUpTo(this.src, off, max);
    if (!b) return void 0;
    const nul = b.indexOf(0);
    return nul === -1 ? void 0 : b.toString("latin1", 0, nul);
  }
};
function readPhdrs(r, phoff, phentsize, phnum) {
  const need = r.is64 ? 56 : 32;
  if (phnum > MAX_PHDRS || phentsize < need) return void 0;
  const out = [];
  for (let i = 0; i < phnum; i++) {
    const o = phoff + i * phentsize;
    const p = r.is64 ? { type: r.u32(o), flags: r.u32(o + 4), offset: r.word(o + 8), vaddr: r.word(o + 16), filesz: r.word(o + 32) } : { type: r.u32(o), offset: r.u32(o + 4), vaddr: r.u32(o + 8), filesz: r.u32(o + 16), flags: r.u32(o + 24) };
    if (p.type === void 0 || p.flags === void 0 || p.offset === void 0 || p.vaddr === void 0 || p.filesz === void 0) {
      return void 0;
    }
    out.push(p);
  }
  return out;
}
function vaddrToOffset(phdrs, vaddr) {
  for (const p of phdrs) {
    if (p.type === PT_LOAD && vaddr >= p.vaddr && vaddr < p.vaddr + p.filesz) return p.offset + (vaddr - p.vaddr);
  }
  return void 0;
}
function readSections(r) {
  const shoff = r.is64 ? r.word(40) : r.u32(32);
  const shentsize = r.u16(r.is64 ? 58 : 46);
  const shnum = r.u16(r.is64 ? 60 : 48);
  const shstrndx = r.u16(r.is64 ? 62 : 50);
  if (shoff === void 0 || !shentsize || !shnum || shstrndx === void 0 || shnum > MAX_SECTIONS) return void 0;
  if (shentsize < (r.is64 ? 64 : 40)) return void 0;
  const raw = [];
  for (let i = 0; i < shnum; i++) {
    const o = shoff + i * shentsize;
    const s = r.is64 ? { nameOff: r.u32(o), type: r.u32(o + 4), addr: r.word(o + 16), offset: r.word(o + 24), size: r.word(o + 32) } : { nameOff: r.u32(o), type: r.u32(o + 4), addr: r.u32(o + 12), offset: r.u32(o + 16), size: r.u32(o + 20) };
    if (Object.values(s).some((v) => v === void 0)) return void 0;
    raw.push(s);
  }
  const strtab = raw[shstrndx];
  return raw.map((s) => ({
    name: (strtab && r.cstring(strtab.offset + s.nameOff, 256)) ?? "",
    type: s.type,
    offset: s.offset,
    size: s.size,
    addr: s.addr
  }));
}

// src/binary/gobuildinfo.ts
var MAGIC = Buffer.from("\xFF Go buildinf:", "latin1");
var SEARCH = 64 * 1024;
var MAX_STRING2 = 1 << 20;
function uvarint(buf, pos) {
  let v = 0;
  for (let shift = 0, i = pos; i < buf.length && shift <= 49; i++, shift += 7) {
    const b = buf[i];
    v += (b & 127) * 2 ** shift;
    if ((b & 128) === 0) return [v, i + 1];
  }
  return void 0;
}
function region(phdrs, sections) {
  const sec = sections?.find((s) => s.name === ".go.buildinfo");
  if (sec) return sec.offset;
  return phdrs.find((p) => p.type === PT_LOAD && (p.flags & PF_W) !== 0 && (p.flags & PF_X) === 0)?.offset;
}
function parseModinfo(text, goVersion) {
  const info = { goVersion, settings: {} };
  for (const line of text.split("\n")) {
    const [kind, a, b] = line.split("	");
    if (kind === "path" && a) info.path = a;
    else if (kind === "mod" && a) info.mainModule = { path: a, version: b ?? "" };
    else if (kind === "build" && a) {
      const eq = a.indexOf("=");
      if (eq > 0) info.settings[a.slice(0, eq)] = a.slice(eq + 1);
    }
  }
  return info;
}
function stripSentinels(s) {
  return s.length >= 33 && s.charCodeAt(s.length - 17) === 10 ? s.slice(16, -16) : s;
}
function readInline(buf, at) {
  const v = uvarint(buf, at);
  if (!v || v[0] > MAX_STRING2 || v[1] + v[0] > buf.length) return void 0;
  const version = buf.toString("utf8", v[1], v[1] + v[0]);
  const m = uvarint(buf, v[1] + v[0]);
  if (!m || m[0] > MAX_STRING2 || m[1] + m[0] > buf.length) return void 0;
  return [version, buf.toString("utf8", m[1], m[1] + m[0])];
}
function readPointers(src, toOffset, buf, at, ptrSize, bigEndian) {
  if (ptrSize !== 4 && ptrSize !== 8) return void 0;
  const ptr = (b, o) => {
    if (o + ptrSize > b.length) return void 0;
    if (ptrSize === 4) return bigEndian ? b.readUInt32BE(o) : b.readUInt32LE(o);
    const v = bigEndian ? b.readBigUInt64BE(o) : b.readBigUInt64LE(o);
    return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : void 0;
  };
  const str = (addr) => {
    if (addr === void 0) return void 0;
    const hdrOff = toOffset(addr);
    const hdr = hdrOff === void 0 ? void 0 : src.read(hdrOff, ptrSize * 2);
    const data = hdr && ptr(hdr, 0);
    const len = hdr && ptr(hdr, ptrSize);
    if (data === void 0 || len === void 0 || len > MAX_STRING2) return void 0;
    const off = toOffset(data);
    return off === void 0 ? void 0 : src.read(off, len)?.toString("utf8");
  };
  const version = str(ptr(buf, at));
  const mod = str(ptr(buf, at + ptrSize));
  return version === void 0 ? void 0 : [version, mod ?? ""];
}
function readGoBuildInfo(r, phdrs, sections) {
  const start = region(phdrs, sections);
  if (start === void 0) return void 0;
  return readGoBuildInfoAt(r.src, start, (vaddr) => vaddrToOffset(phdrs, vaddr));
}
function readGoBuildInfoAt(src, start, toOffset) {
  const buf = readUpTo(src, start, SEARCH);
  if (!buf) return void 0;
  for (let i = buf.indexOf(MAGIC); i !== -1 && i + 32 <= buf.length; i = buf.indexOf(MAGIC, i + 1)) {
    if (i % 16 !== 0) continue;
    const ptrSize = buf[i + 14];
    const flags = buf[i + 15];
    const pair = flags & 2 ? readInline(buf, i + 32) : readPointers(src, toOffset, buf, i + 16, ptrSize, (flags & 1) !== 0);
    if (!pair || !pair[0].startsWith("go")) return void 0;
    return parseModinfo(stripSentinels(pair[1]), pair[0]);
  }
  return void 0;
}

// src/binary/elf.ts
var ElfClass = { ELF32: 1, ELF64: 2 };
var ElfData = { LSB: 1, MSB: 2 };
var PT_INTERP = 3;
var DT_NEEDED = 1;
var DT_STRTAB = 5;
var DT_SONAME = 14;
var DT_RPATH = 15;
var DT_RUNPATH = 29;
var DT_FLAGS_1 = 1879048187;
var DT_VERDEF = 1879048188;
var DT_VERDEFNUM = 1879048189;
var DT_VERNEED = 1879048190;
var DT_VERNEEDNUM = 1879048191;
var DF_1_PIE = 134217728;
var VER_FLG_WEAK = 2;
var SHT_ARM_ATTRIBUTES = 1879048195;
var EM_ARM = 40;
var MAX_DYN_ENTRIES = 65536;
var MAX_VERSION_ENTRIES = 4096;
var MAX_STRING3 = 4096;
function readVerneed(r, off, num, str) {
  const out = [];
  let at = off;
  let budget = MAX_VERSION_ENTRIES;
  for (let i = 0; i < Math.min(num, MAX_VERSION_ENTRIES); i++) {
    const cnt = r.u16(at + 2);
    const file = r.u32(at + 4);
    const aux = r.u32(at + 8);
    const next = r.u32(at + 12);
    if (cnt === void 0 || file === void 0 || aux === void 0 || next === void 0) return void 0;
    const need = { file: str(file) ?? "", versions: [] };
    let a = at + aux;
    for (let j = 0; j < cnt && budget-- > 0; j++) {
      const flags = r.u16(a + 4);
      const name = r.u32(a + 8);
      const anext = r.u32(a + 12);
      if (flags === void 0 || name === void 0 || anext === void 0) return void 0;
      const text = str(name);
      if (text === void 0) return void 0;
      need.versions.push({ name: text, weak: (flags & VER_FLG_WEAK) !== 0 });
      if (anext === 0) break;
      a += anext;
    }
    if (need.file === "") return void 0;
    out.push(need);
    if (next === 0) break;
    at += next;
  }
  return out;
}
function readVerdef(r, off, num, str) {
  const out = [];
  let at = off;
  for (let i = 0; i < Math.min(num, MAX_VERSION_ENTRIES); i++) {
    const flags = r.u16(at + 2);
    const cnt = r.u16(at + 6);
    const aux = r.u32(at + 12);
    const next = r.u32(at + 16);
    if (flags === void 0 || cnt === void 0 || aux === void 0 || next === void 0) return void 0;
    if (cnt > 0) {
      const name = r.u32(at + aux);
      const text = name === void 0 ? void 0 : str(name);
      if (text === void 0) return void 0;
      out.push(text);
    }
    if (next === 0) break;
    at += next;
  }
  return out;
}
function readDynamic(r, phdrs, dyn, facts) {
  const ent = r.wordSize * 2;
  const entries = [];
  for (let i = 0; i < Math.min(Math.floor(dyn.filesz / ent), MAX_DYN_ENTRIES); i++) {
    const tag = r.word(dyn.offset + i * ent);
    const val = r.word(dyn.offset + i * ent + r.wordSize);
    if (tag === void 0 || val === void 0) return;
    if (tag === 0) break;
    entries.push([tag, val]);
  }
  const one = (tag) => entries.find((e) => e[0] === tag)?.[1];
  const flags1 = one(DT_FLAGS_1);
  if (flags1 !== void 0) facts.flags1 = flags1;
  facts.pie = ((flags1 ?? 0) & DF_1_PIE) !== 0;
  const strVaddr = one(DT_STRTAB);
  const strtab = strVaddr === void 0 ? void 0 : vaddrToOffset(phdrs, strVaddr);
  if (strtab === void 0) return;
  const str = (o) => r.cstring(strtab + o, MAX_STRING3);
  const lists = { [DT_NEEDED]: [], [DT_RUNPATH]: [], [DT_RPATH]: [] };
  for (const [tag, val] of entries) {
    const list = lists[tag];
    if (!list) continue;
    const text = str(val);
    if (text === void 0) return;
    list.push(text);
  }
  facts.needed = lists[DT_NEEDED];
  facts.runpath = (lists[DT_RUNPATH] ?? []).flatMap((t) => t.split(":")).filter(Boolean);
  facts.rpath = (lists[DT_RPATH] ?? []).flatMap((t) => t.split(":")).filter(Boolean);
  const soname = one(DT_SONAME);
  if (soname !== void 0) {
    const text = str(soname);
    if (text !== void 0) facts.soname = text;
  }
  const table = (addrTag, numTag, read) => {
    const addr = one(addrTag);
    if (addr === void 0) return void 0;
    const off = vaddrToOffset(phdrs, addr);
    const got = off === void 0 ? void 0 : read(r, off, one(numTag) ?? 0, str);
    if (got === void 0) facts.versionsUnknown = true;
    return got;
  };
  const needs = table(DT_VERNEED, DT_VERNEEDNUM, readVerneed);
  if (needs?.length) facts.versionNeeds = needs;
  const defs = table(DT_VERDEF, DT_VERDEFNUM, readVerdef);
  if (defs) facts.versionDefs = defs;
}
function readComment(r, sections) {
  const c = sections?.find((s) => s.name === ".comment");
  return c ? r.cstring(c.offset, Math.min(c.size, 256))?.trim() || void 0 : void 0;
}
function linkageOf(f) {
  if (!f.hasDynamic) return "static";
  if (f.interpreter !== void 0 || f.interpreterBroken) return "dynamic";
  if (f.needed === void 0) return void 0;
  return f.flags1 !== void 0 && f.needed.length === 0 ? "static-pie" : "dynamic";
}
function parseElf(input) {
  const src = Buffer.isBuffer(input) ? bufferSource(input) : input;
  const ident = src.read(0, 16) ?? src.read(0, Math.min(src.size, 4));
  if (!ident || !isElf(ident)) return { format: "elf-error", reason: "not an ELF file" };
  const cls = ident[4];
  const data = ident[5];
  if (ident.length < 16 || !src.read(0, 52)) return { format: "elf-error", reason: "truncated ELF header" };
  if (cls !== ElfClass.ELF32 && cls !== ElfClass.ELF64) return { format: "elf-error", reason: `bad ELF class ${cls}` };
  if (data !== ElfData.LSB && data !== ElfData.MSB) return { format: "elf-error", reason: `bad ELF data ${data}` };
  const is64 = cls === ElfClass.ELF64;
  if (is64 && !src.read(0, 64)) return { format: "elf-error", reason: "truncated ELF header" };
  const r = new ElfReader(src, data === ElfData.LSB, is64);
  const facts = {
    format: "elf",
    bits: is64 ? 64 : 32,
    endian: data === ElfData.LSB ? "little" : "big",
    osabi: ident[7] ?? 0,
    type: r.u16(16),
    machine: r.u16(18),
    flags: r.u32(is64 ? 48 : 36),
    programHeadersRead: false,
    hasDynamic: false
  };
  if (facts.machine === EM_ARM) {
    facts.armEabi = facts.flags >>> 24;
    if (facts.flags & 1024) facts.armFloat = "hard";
    else if (facts.flags & 512) facts.armFloat = "soft";
  }
  const phoff = is64 ? r.word(32) : r.u32(28);
  const phentsize = r.u16(is64 ? 54 : 42);
  const phnum = r.u16(is64 ? 56 : 44);
  const phdrs = phnum === 0 ? [] : readPhdrs(r, phoff, phentsize, phnum);
  const sections = readSections(r);
  if (phdrs) {
    facts.programHeadersRead = true;
    const interp = phdrs.find((p) => p.type === PT_INTERP);
    if (interp) {
      const s = r.cstring(interp.offset, Math.min(interp.filesz, MAX_STRING3));
      if (s !== void 0) facts.interpreter = s;
      else if (src.read(interp.offset, Math.min(interp.filesz, MAX_STRING3))) facts.interpreterBroken = true;
    }
    const dyn = phdrs.find((p) => p.type === PT_DYNAMIC);
    facts.hasDynamic = dyn !== void 0;
    if (dyn) readDynamic(r, phdrs, dyn, facts);
    facts.linkage = linkageOf(facts);
    const go = readGoBuildInfo(r, phdrs, sections);
    if (go) facts.go = go;
  }
  if (facts.machine === EM_ARM) {
    const att = sections?.find((s) => s.type === SHT_ARM_ATTRIBUTES);
    const bytes = att && src.read(att.offset, Math.min(att.size, 64 * 1024));
    const arm = bytes && readArmAttributes(bytes, r.le);
    if (arm) facts.arm = arm;
  }
  const compiler = readComment(r, sections);
  if (compiler) facts.compiler = compiler;
  return facts;
}

// src/binary/magic.ts
function identifyOther(b) {
  if (b.length >= 4 && b.readUInt32BE(0) === 6386541) return { format: "wasm" };
  if (b.length >= 4) {
    const m = b.readUInt32BE(0);
    if (m === 4277009102 || m === 4277009103 || m === 3472551422 || m === 3489328638) return { format: "macho" };
    if (m === 3405691582 && b.length >= 8 && b.readUInt32BE(4) > 0 && b.readUInt32BE(4) < 20) return { format: "macho" };
  }
  return void 0;
}

// src/binary/pe.ts
var IMAGE_FILE_DLL = 8192;
var COMIMAGE_FLAGS_ILONLY = 1;
var COMIMAGE_FLAGS_32BITREQUIRED = 2;
var COMIMAGE_FLAGS_32BITPREFERRED = 131072;
var DIRECTORY_COM_DESCRIPTOR = 14;
var MAX_SECTIONS2 = 96;
var GO_DATA = 3221225536;
var SCN_ALIGN_32BYTES = 6291456;
function isPe(b) {
  if (b.length < 64 || b[0] !== 77 || b[1] !== 90) return false;
  const pe = b.readUInt32LE(60);
  return pe + 4 <= b.length && b.readUInt32BE(pe) === 1346699264;
}
function u16(src, off) {
  return src.read(off, 2)?.readUInt16LE(0);
}
function u32(src, off) {
  return src.read(off, 4)?.readUInt32LE(0);
}
function u64(src, off) {
  const b = src.read(off, 8);
  if (!b) return void 0;
  const v = b.readBigUInt64LE(0);
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : void 0;
}
function readSections2(src, at, count) {
  if (count > MAX_SECTIONS2) return void 0;
  const out = [];
  for (let i = 0; i < count; i++) {
    const b = src.read(at + i * 40, 40);
    if (!b) return void 0;
    const nul = b.subarray(0, 8).indexOf(0);
    out.push({
      name: b.toString("latin1", 0, nul === -1 ? 8 : nul),
      virtualSize: b.readUInt32LE(8),
      virtualAddress: b.readUInt32LE(12),
      rawSize: b.readUInt32LE(16),
      rawOffset: b.readUInt32LE(20),
      characteristics: b.readUInt32LE(36)
    });
  }
  return out;
}
function rvaToOffset(sections, rva) {
  for (const s of sections) {
    const within = rva - s.virtualAddress;
    if (within >= 0 && within < Math.max(s.virtualSize, s.rawSize) && within < s.rawSize) return s.rawOffset + within;
  }
  return void 0;
}
function parsePe(input) {
  const src = Buffer.isBuffer(input) ? bufferSource(input) : input;
  const dos = src.read(0, 64);
  if (!dos || dos[0] !== 77 || dos[1] !== 90) return { format: "pe-error", reason: "not a PE file" };
  const lfanew = dos.readUInt32LE(60);
  const sig = src.read(lfanew, 4);
  if (!sig) return { format: "pe-error", reason: "truncated PE header" };
  if (sig.readUInt32BE(0) !== 1346699264) return { format: "pe-error", reason: "no PE signature (a DOS program)" };
  const coff = src.read(lfanew + 4, 20);
  if (!coff) return { format: "pe-error", reason: "truncated COFF header" };
  const characteristics = coff.readUInt16LE(18);
  const facts = {
    format: "pe",
    machine: coff.readUInt16LE(0),
    characteristics,
    dll: (characteristics & IMAGE_FILE_DLL) !== 0
  };
  const optSize = coff.readUInt16LE(16);
  const opt = lfanew + 24;
  const magic = optSize >= 2 ? u16(src, opt) : void 0;
  if (magic === 267 || magic === 523) facts.bits = magic === 523 ? 64 : 32;
  const is64 = facts.bits === 64;
  if (facts.bits && optSize >= 72) {
    const sub = u16(src, opt + 68);
    if (sub !== void 0) facts.subsystem = sub;
  }
  const sections = readSections2(src, opt + optSize, coff.readUInt16LE(2));
  if (!facts.bits || !sections) return facts;
  const dirsAt = opt + (is64 ? 112 : 96);
  const dirCount = u32(src, opt + (is64 ? 108 : 92)) ?? 0;
  const dirEnd = dirsAt + (DIRECTORY_COM_DESCRIPTOR + 1) * 8;
  if (dirCount > DIRECTORY_COM_DESCRIPTOR && dirEnd <= opt + optSize) {
    const rva = u32(src, dirsAt + DIRECTORY_COM_DESCRIPTOR * 8);
    const size = u32(src, dirsAt + DIRECTORY_COM_DESCRIPTOR * 8 + 4);
    if (rva && size && size >= 20) {
      const off = rvaToOffset(sections, rva);
      const flags = off === void 0 ? void 0 : u32(src, off + 16);
      if (flags === void 0) facts.clrUnknown = true;
      else {
        facts.clr = {
          flags,
          ilOnly: (flags & COMIMAGE_FLAGS_ILONLY) !== 0,
          requires32: (flags & COMIMAGE_FLAGS_32BITREQUIRED) !== 0,
          prefers32: (flags & COMIMAGE_FLAGS_32BITPREFERRED) !== 0
        };
      }
    }
  }
  const imageBase = is64 ? u64(src, opt + 24) : u32(src, opt + 28);
  const data = sections.find(
    (s) => s.virtualAddress !== 0 && s.virtualSize !== 0 && (s.characteristics & ~SCN_ALIGN_32BYTES) >>> 0 === GO_DATA
  );
  if (data && imageBase !== void 0) {
    const go = readGoBuildInfoAt(src, data.rawOffset, (va) => rvaToOffset(sections, va - imageBase));
    if (go) facts.go = go;
  }
  return facts;
}
function peCapturePlan(src) {
  const { size } = src;
  const lfanew = u32(src, 60);
  if (lfanew === void 0) return [];
  const optSize = u16(src, lfanew + 20);
  const nsec = u16(src, lfanew + 6);
  const opt = lfanew + 24;
  const magic = u16(src, opt);
  if (optSize === void 0 || nsec === void 0 || magic !== 267 && magic !== 523) return [];
  const sections = readSections2(src, opt + optSize, nsec);
  if (!sections) return [];
  const wants = [];
  const is64 = magic === 523;
  const clrRva = u32(src, opt + (is64 ? 112 : 96) + DIRECTORY_COM_DESCRIPTOR * 8);
  const clrAt = clrRva ? rvaToOffset(sections, clrRva) : void 0;
  if (clrAt !== void 0) wants.push({ offset: clrAt, length: 72 });
  const data = sections.find(
    (s) => s.virtualAddress !== 0 && s.virtualSize !== 0 && (s.characteristics & ~SCN_ALIGN_32BYTES) >>> 0 === GO_DATA
  );
  if (data) wants.push({ offset: data.rawOffset, length: Math.min(data.rawSize, 64 * 1024) });
  return wants.filter((w) => Number.isSafeInteger(w.offset) && w.offset < size && w.length > 0);
}

// src/binary/shebang.ts
var MAX_LINE = 256;
function parseShebang(buf) {
  if (buf.length < 3 || buf[0] !== 35 || buf[1] !== 33) return void 0;
  const head = Buffer.from(buf.subarray(2, Math.min(buf.length, MAX_LINE)));
  const nl = head.indexOf(10);
  const line = head.toString("latin1", 0, nl === -1 ? head.length : nl).replace(/\r$/, "").trim();
  if (line === "") return void 0;
  const m = /^(\S+)(?:[ \t]+(.*))?$/.exec(line);
  if (!m || !m[1]) return void 0;
  const argument = m[2]?.trim();
  return argument ? { format: "script", interpreter: m[1], argument } : { format: "script", interpreter: m[1] };
}

// src/binary/identify.ts
function identify(src) {
  const head = firstBytes(src);
  if (!head || head.length === 0) return { format: "other" };
  if (isElf(head)) return parseElf(src);
  if (isPe(head)) return parsePe(src);
  return parseShebang(head) ?? identifyOther(head) ?? { format: "other" };
}

// src/binary/pieces.ts
var PIECE = 256 * 1024;
var Pieces = class {
  /** Bytes from `offset`, up to `limit` of them, in pieces of `size` (the last one as short as the limit allows). */
  constructor(offset, limit, size = PIECE) {
    this.offset = offset;
    this.size = size;
    this.max = Math.max(0, limit);
  }
  offset;
  size;
  pieces = [];
  max;
  /** Bytes held from `offset`, contiguous: what has streamed by of [offset, offset + limit). */
  length = 0;
  /** How many bytes it may hold. Raised as a head is sized; never below what it holds. */
  get limit() {
    return this.max;
  }
  set limit(n) {
    const last = this.pieces.length - 1;
    const piece = this.pieces[last];
    if (piece && piece.length < this.size && n > last * this.size + piece.length) {
      const longer = Buffer.allocUnsafeSlow(Math.min(this.size, n - last * this.size));
      piece.copy(longer);
      this.pieces[last] = longer;
    }
    this.max = Math.max(n, this.length);
  }
  /**
   * Keep what of `chunk` (the file's bytes at `pos`) falls within the limit, where it continues what is held: bytes it
   * already holds are written again (the same bytes, as a stream brings them), bytes after a gap are not kept.
   */
  put(chunk, pos) {
    const start = Math.max(pos, this.offset);
    const stop = Math.min(pos + chunk.length, this.offset + this.max);
    if (start >= stop || start - this.offset > this.length) return;
    let at = start - this.offset;
    let from = start - pos;
    const end = stop - this.offset;
    while (at < end) {
      const i = Math.floor(at / this.size);
      const piece = this.pieces[i] ??= Buffer.allocUnsafeSlow(Math.min(this.size, this.max - i * this.size));
      const n = chunk.copy(
        piece,
        at - i * this.size,
        from,
        from + Math.min(end - at, piece.length - (at - i * this.size))
      );
      at += n;
      from += n;
    }
    this.length = Math.max(this.length, end);
  }
  /** Keep what `other` holds that falls in this part's range (a range planned over a head already kept). */
  fillFrom(other) {
    other.pieces.forEach((piece, i) => {
      const at = i * other.size;
      this.put(piece.subarray(0, Math.max(0, Math.min(piece.length, other.length - at))), other.offset + at);
    });
  }
  read(at, length) {
    if (!valid(at, length) || at + length > this.length) return void 0;
    if (length === 0) return Buffer.alloc(0);
    const i = Math.floor(at / this.size);
    const inPiece = at - i * this.size;
    const first = this.pieces[i];
    if (inPiece + length <= first.length) return first.subarray(inPiece, inPiece + length);
    const out = Buffer.allocUnsafe(length);
    for (let done = 0, p = i, off = inPiece; done < length; p++, off = 0) {
      done += this.pieces[p].copy(out, done, off, off + length - done);
    }
    return out;
  }
};

// src/binary/plan.ts
var WINDOW = 256 * 1024;
var MAX_TABLE = 1024 * 1024;
function layoutOf(head) {
  const ident = head.read(0, 64);
  if (!ident || !isElf(ident)) return void 0;
  const is64 = ident[4] === 2;
  const r = new ElfReader(head, ident[5] !== 2, is64);
  const phoff = is64 ? r.word(32) : r.u32(28);
  const phentsize = r.u16(is64 ? 54 : 42) ?? 0;
  const phnum = r.u16(is64 ? 56 : 44) ?? 0;
  const phdrs = (phoff === void 0 ? void 0 : readPhdrs(r, phoff, phentsize, Math.min(phnum, 256))) ?? [];
  return { r, phdrs: phdrs.filter((p) => Number.isSafeInteger(p.offset) && Number.isSafeInteger(p.filesz)) };
}
function tableSegments({ phdrs }) {
  const first = phdrs.find((p) => p.type === PT_LOAD && p.offset === 0);
  const dyn = phdrs.find((p) => p.type === PT_DYNAMIC);
  if (!first || !(first.flags & PF_X) || !dyn) return [];
  return phdrs.filter(
    (p) => p.type === PT_LOAD && p !== first && !(p.flags & (PF_W | PF_X)) && p.offset < dyn.offset && p.filesz > 0
  );
}
function tableWants(l, size, budget) {
  const out = [];
  for (const p of tableSegments(l)) {
    const length = Math.min(p.filesz, size - p.offset, budget);
    if (length <= 0) break;
    out.push({ offset: p.offset, length });
    budget -= length;
  }
  return out;
}
function elfCapturePlan(head, budget = 0) {
  const l = layoutOf(head);
  if (!l) return [];
  const { size } = head;
  const wants = [{ offset: Math.max(0, size - WINDOW), length: Math.min(size, WINDOW) }];
  let loadEnd = 0;
  let dataStart;
  for (const p of l.phdrs) {
    if (p.type === PT_DYNAMIC) wants.push({ offset: p.offset, length: Math.min(p.filesz, WINDOW) });
    if (p.type === PT_LOAD) {
      loadEnd = Math.max(loadEnd, p.offset + p.filesz);
      if (dataStart === void 0 && p.flags & PF_W && !(p.flags & PF_X)) dataStart = p.offset;
    }
  }
  if (dataStart !== void 0) wants.push({ offset: dataStart, length: 64 * 1024 });
  if (loadEnd > 0) wants.push({ offset: loadEnd, length: WINDOW });
  wants.push(...tableWants(l, size, budget));
  const { r } = l;
  const shoff = r.is64 ? r.word(40) : r.u32(32);
  const shentsize = r.u16(r.is64 ? 58 : 46) ?? 0;
  const shnum = r.u16(r.is64 ? 60 : 48) ?? 0;
  if (shoff !== void 0 && shoff < size) wants.push({ offset: shoff, length: Math.min(shentsize * shnum, MAX_TABLE) });
  return wants.filter((w) => Number.isSafeInteger(w.offset) && w.offset >= 0 && w.offset < size && w.length > 0);
}
function capturePlan(head, budget = 0) {
  const first = firstBytes(head);
  if (!first) return [];
  if (isElf(first)) return elfCapturePlan(head, budget);
  return isPe(first) ? peCapturePlan(head) : [];
}
function elfLargeExtent(head, budget) {
  const l = layoutOf(head);
  if (!l) return { head: 0, tables: 0 };
  const { size } = head;
  const tables = tableWants(l, size, budget).reduce((n, w) => n + w.length, 0);
  if (tableSegments(l).length > 0) return { head: 0, tables };
  const first = l.phdrs.find((p) => p.type === PT_LOAD && p.offset === 0);
  return { head: first ? Math.min(first.filesz, size) : 0, tables };
}

// src/image/capture.ts
var DEFAULT_LIMITS = { full: 4 * 1024 * 1024, head: 1024 * 1024, headMax: 32 * 1024 * 1024 };
var PAGE = 4096;
var PROBE = 64;
var HEADERS = 8192;
function isMz(first) {
  return first.length >= 2 && first[0] === 77 && first[1] === 90;
}
function kindOf(first, mode, size, limits) {
  if (isElf(first) || isMz(first)) return size <= limits.full ? "whole" : "sparse";
  const script = first.length >= 2 && first[0] === 35 && first[1] === 33;
  return (mode & 73) !== 0 || script ? "page" : "skip";
}
var spare = [];
var SPARE_MAX = 4;
function takeWhole(size, capacity) {
  const b = spare.pop();
  if (b && b.length >= size) return b;
  return Buffer.allocUnsafe(Math.max(size, capacity));
}
function giveWhole(b) {
  if (spare.length < SPARE_MAX) spare.push(b);
}
var largeHead = Promise.resolve();
async function takeLargeHead() {
  const before = largeHead;
  let release = () => {
  };
  largeHead = new Promise((resolve) => release = resolve);
  await before;
  return release;
}
async function captureEntry(stream, mode, size, limits = DEFAULT_LIMITS) {
  let kind;
  let hash;
  let whole;
  let head;
  let headLimit = limits.head;
  const tablesBudget = Math.max(0, (limits.headMax ?? limits.head) - limits.head);
  let sized = false;
  let ranges;
  let pos = 0;
  let release;
  const headSource = () => sparseSource(size, head ? [head] : []);
  const take = (chunk) => {
    hash?.update(chunk);
    if (whole) chunk.copy(whole, pos, 0, Math.max(0, Math.min(chunk.length, size - pos)));
    else head?.put(chunk, pos);
    if (kind === "sparse") {
      if (!ranges && sized && (head?.length ?? 0) >= headLimit) {
        ranges = capturePlan(headSource(), tablesBudget).map((w) => new Pieces(w.offset, w.length));
        for (const r of ranges) if (head) r.fillFrom(head);
      }
      for (const r of ranges ?? []) r.put(chunk, pos);
    }
    pos += chunk.length;
  };
  const sizeHead = async () => {
    sized = true;
    const extent = elfLargeExtent(headSource(), tablesBudget);
    const want = Math.min(Math.max(limits.head, extent.head), limits.headMax ?? limits.head);
    if (want > limits.head || extent.tables > 0) release = await takeLargeHead();
    headLimit = want;
    if (head) head.limit = Math.min(want, size);
    if ((head?.length ?? 0) >= headLimit) take(Buffer.alloc(0));
  };
  const drain = typeof stream.resume === "function" ? stream.resume : void 0;
  const probe = [];
  let probed = 0;
  const decide = (first = Buffer.concat(probe)) => {
    probe.length = 0;
    kind = kindOf(first, mode, size, limits);
    if (kind === "whole" || kind === "sparse") hash = createHash("sha256");
    if (kind === "whole") whole = takeWhole(size, limits.full);
    if (kind === "sparse" || kind === "page") head = new Pieces(0, kind === "page" ? PAGE : size);
    if (first.length > 0) take(first);
  };
  const chunks = stream[Symbol.asyncIterator]();
  try {
    for (let r = await chunks.next(); !r.done; r = await chunks.next()) {
      const chunk = r.value;
      if (kind === void 0 && probed === 0 && chunk.length >= Math.min(PROBE, size)) {
        decide(chunk);
      } else if (kind === void 0) {
        probe.push(Buffer.from(chunk));
        probed += chunk.length;
        if (probed >= Math.min(PROBE, size)) decide();
      } else {
        take(chunk);
      }
      if (kind === "skip" && drain) {
        drain.call(stream);
        return {};
      }
      if (kind === "sparse" && !sized && (head?.length ?? 0) >= Math.min(HEADERS, size)) await sizeHead();
    }
    if (kind === void 0 && probed > 0) decide();
    if (kind === "sparse" && !sized) await sizeHead();
    if (kind === void 0 || kind === "skip") return {};
    const src = whole ? bufferSource(whole.subarray(0, Math.min(pos, size))) : sparseSource(pos, [...head ? [head] : [], ...ranges ?? []]);
    const out = { binary: identify(src) };
    if (hash) out.sha256 = hash.digest("hex");
    return out;
  } finally {
    release?.();
    if (whole) giveWhole(whole);
  }
}

// src/image/decompress.ts
import { Duplex } from "node:stream";
import * as zlib from "node:zlib";

// node_modules/fzstd/esm/index.mjs
var ab = ArrayBuffer;
var u8 = Uint8Array;
var u162 = Uint16Array;
var i16 = Int16Array;
var i32 = Int32Array;
var slc = function(v, s, e) {
  if (u8.prototype.slice)
    return u8.prototype.slice.call(v, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  var n = new u8(e - s);
  n.set(v.subarray(s, e));
  return n;
};
var fill = function(v, n, s, e) {
  if (u8.prototype.fill)
    return u8.prototype.fill.call(v, n, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  for (; s < e; ++s)
    v[s] = n;
  return v;
};
var cpw = function(v, t, s, e) {
  if (u8.prototype.copyWithin)
    return u8.prototype.copyWithin.call(v, t, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  while (s < e) {
    v[t++] = v[s++];
  }
};
var ec = [
  "invalid zstd data",
  "window size too large (>2046MB)",
  "invalid block type",
  "FSE accuracy too high",
  "match distance too far back",
  "unexpected EOF"
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var rb = function(d, b, n) {
  var i = 0, o = 0;
  for (; i < n; ++i)
    o |= d[b++] << (i << 3);
  return o;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var rzfh = function(dat, w) {
  var n3 = dat[0] | dat[1] << 8 | dat[2] << 16;
  if (n3 == 3126568 && dat[3] == 253) {
    var flg = dat[4];
    var ss = flg >> 5 & 1, cc = flg >> 2 & 1, df = flg & 3, fcf = flg >> 6;
    if (flg & 8)
      err(0);
    var bt = 6 - ss;
    var db = df == 3 ? 4 : df;
    var di = rb(dat, bt, db);
    bt += db;
    var fsb = fcf ? 1 << fcf : ss;
    var fss = rb(dat, bt, fsb) + (fcf == 1 && 256);
    var ws = fss;
    if (!ss) {
      var wb = 1 << 10 + (dat[5] >> 3);
      ws = wb + (wb >> 3) * (dat[5] & 7);
    }
    if (ws > 2145386496)
      err(1);
    var buf = new u8((w == 1 ? fss || ws : w ? 0 : ws) + 12);
    buf[0] = 1, buf[4] = 4, buf[8] = 8;
    return {
      b: bt + fsb,
      y: 0,
      l: 0,
      d: di,
      w: w && w != 1 ? w : buf.subarray(12),
      e: ws,
      o: new i32(buf.buffer, 0, 3),
      u: fss,
      c: cc,
      m: Math.min(131072, ws)
    };
  } else if ((n3 >> 4 | dat[3] << 20) == 25481893) {
    return b4(dat, 4) + 8;
  }
  err(0);
};
var msb = function(val) {
  var bits = 0;
  for (; 1 << bits <= val; ++bits)
    ;
  return bits - 1;
};
var rfse = function(dat, bt, mal) {
  var tpos = (bt << 3) + 4;
  var al = (dat[bt] & 15) + 5;
  if (al > mal)
    err(3);
  var sz = 1 << al;
  var probs = sz, sym = -1, re = -1, i = -1, ht = sz;
  var buf = new ab(512 + (sz << 2));
  var freq = new i16(buf, 0, 256);
  var dstate = new u162(buf, 0, 256);
  var nstate = new u162(buf, 512, sz);
  var bb1 = 512 + (sz << 1);
  var syms = new u8(buf, bb1, sz);
  var nbits = new u8(buf, bb1 + sz);
  while (sym < 255 && probs > 0) {
    var bits = msb(probs + 1);
    var cbt = tpos >> 3;
    var msk = (1 << bits + 1) - 1;
    var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (tpos & 7) & msk;
    var msk1fb = (1 << bits) - 1;
    var msv = msk - probs - 1;
    var sval = val & msk1fb;
    if (sval < msv)
      tpos += bits, val = sval;
    else {
      tpos += bits + 1;
      if (val > msk1fb)
        val -= msv;
    }
    freq[++sym] = --val;
    if (val == -1) {
      probs += val;
      syms[--ht] = sym;
    } else
      probs -= val;
    if (!val) {
      do {
        var rbt = tpos >> 3;
        re = (dat[rbt] | dat[rbt + 1] << 8) >> (tpos & 7) & 3;
        tpos += 2;
        sym += re;
      } while (re == 3);
    }
  }
  if (sym > 255 || probs)
    err(0);
  var sympos = 0;
  var sstep = (sz >> 1) + (sz >> 3) + 3;
  var smask = sz - 1;
  for (var s = 0; s <= sym; ++s) {
    var sf = freq[s];
    if (sf < 1) {
      dstate[s] = -sf;
      continue;
    }
    for (i = 0; i < sf; ++i) {
      syms[sympos] = s;
      do {
        sympos = sympos + sstep & smask;
      } while (sympos >= ht);
    }
  }
  if (sympos)
    err(0);
  for (i = 0; i < sz; ++i) {
    var ns = dstate[syms[i]]++;
    var nb = nbits[i] = al - msb(ns);
    nstate[i] = (ns << nb) - sz;
  }
  return [tpos + 7 >> 3, {
    b: al,
    s: syms,
    n: nbits,
    t: nstate
  }];
};
var rhu = function(dat, bt) {
  var i = 0, wc = -1;
  var buf = new u8(292), hb = dat[bt];
  var hw = buf.subarray(0, 256);
  var rc = buf.subarray(256, 268);
  var ri = new u162(buf.buffer, 268);
  if (hb < 128) {
    var _a = rfse(dat, bt + 1, 6), ebt = _a[0], fdt = _a[1];
    bt += hb;
    var epos = ebt << 3;
    var lb = dat[bt];
    if (!lb)
      err(0);
    var st1 = 0, st2 = 0, btr1 = fdt.b, btr2 = btr1;
    var fpos = (++bt << 3) - 8 + msb(lb);
    for (; ; ) {
      fpos -= btr1;
      if (fpos < epos)
        break;
      var cbt = fpos >> 3;
      st1 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr1) - 1;
      hw[++wc] = fdt.s[st1];
      fpos -= btr2;
      if (fpos < epos)
        break;
      cbt = fpos >> 3;
      st2 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr2) - 1;
      hw[++wc] = fdt.s[st2];
      btr1 = fdt.n[st1];
      st1 = fdt.t[st1];
      btr2 = fdt.n[st2];
      st2 = fdt.t[st2];
    }
    if (++wc > 255)
      err(0);
  } else {
    wc = hb - 127;
    for (; i < wc; i += 2) {
      var byte = dat[++bt];
      hw[i] = byte >> 4;
      hw[i + 1] = byte & 15;
    }
    ++bt;
  }
  var wes = 0;
  for (i = 0; i < wc; ++i) {
    var wt = hw[i];
    if (wt > 11)
      err(0);
    wes += wt && 1 << wt - 1;
  }
  var mb = msb(wes) + 1;
  var ts = 1 << mb;
  var rem = ts - wes;
  if (rem & rem - 1)
    err(0);
  hw[wc++] = msb(rem) + 1;
  for (i = 0; i < wc; ++i) {
    var wt = hw[i];
    ++rc[hw[i] = wt && mb + 1 - wt];
  }
  var hbuf = new u8(ts << 1);
  var syms = hbuf.subarray(0, ts), nb = hbuf.subarray(ts);
  ri[mb] = 0;
  for (i = mb; i > 0; --i) {
    var pv = ri[i];
    fill(nb, i, pv, ri[i - 1] = pv + rc[i] * (1 << mb - i));
  }
  if (ri[0] != ts)
    err(0);
  for (i = 0; i < wc; ++i) {
    var bits = hw[i];
    if (bits) {
      var code = ri[bits];
      fill(syms, i, code, ri[bits] = code + (1 << mb - bits));
    }
  }
  return [bt, {
    n: nb,
    b: mb,
    s: syms
  }];
};
var dllt = rfse(/* @__PURE__ */ new u8([
  81,
  16,
  99,
  140,
  49,
  198,
  24,
  99,
  12,
  33,
  196,
  24,
  99,
  102,
  102,
  134,
  70,
  146,
  4
]), 0, 6)[1];
var dmlt = rfse(/* @__PURE__ */ new u8([
  33,
  20,
  196,
  24,
  99,
  140,
  33,
  132,
  16,
  66,
  8,
  33,
  132,
  16,
  66,
  8,
  33,
  68,
  68,
  68,
  68,
  68,
  68,
  68,
  68,
  36,
  9
]), 0, 6)[1];
var doct = rfse(/* @__PURE__ */ new u8([
  32,
  132,
  16,
  66,
  102,
  70,
  68,
  68,
  68,
  68,
  36,
  73,
  2
]), 0, 5)[1];
var b2bl = function(b, s) {
  var len = b.length, bl = new i32(len);
  for (var i = 0; i < len; ++i) {
    bl[i] = s;
    s += 1 << b[i];
  }
  return bl;
};
var llb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
  0,
  0,
  0,
  0,
  16843009,
  50528770,
  134678020,
  202050057,
  269422093
])).buffer, 0, 36);
var llbl = /* @__PURE__ */ b2bl(llb, 0);
var mlb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  16843009,
  50528770,
  117769220,
  185207048,
  252579084,
  16
])).buffer, 0, 53);
var mlbl = /* @__PURE__ */ b2bl(mlb, 3);
var dhu = function(dat, out, hu) {
  var len = dat.length, ss = out.length, lb = dat[len - 1], msk = (1 << hu.b) - 1, eb = -hu.b;
  if (!lb)
    err(0);
  var st = 0, btr = hu.b, pos = (len << 3) - 8 + msb(lb) - btr, i = -1;
  for (; pos > eb && i < ss; ) {
    var cbt = pos >> 3;
    var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (pos & 7);
    st = (st << btr | val) & msk;
    out[++i] = hu.s[st];
    pos -= btr = hu.n[st];
  }
  if (pos != eb || i + 1 != ss)
    err(0);
};
var dhu4 = function(dat, out, hu) {
  var bt = 6;
  var ss = out.length, sz1 = ss + 3 >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
  dhu(dat.subarray(bt, bt += dat[0] | dat[1] << 8), out.subarray(0, sz1), hu);
  dhu(dat.subarray(bt, bt += dat[2] | dat[3] << 8), out.subarray(sz1, sz2), hu);
  dhu(dat.subarray(bt, bt += dat[4] | dat[5] << 8), out.subarray(sz2, sz3), hu);
  dhu(dat.subarray(bt), out.subarray(sz3), hu);
};
var rzb = function(dat, st, out) {
  var _a;
  var bt = st.b;
  var b0 = dat[bt], btype = b0 >> 1 & 3;
  st.l = b0 & 1;
  var sz = b0 >> 3 | dat[bt + 1] << 5 | dat[bt + 2] << 13;
  var ebt = (bt += 3) + sz;
  if (btype == 1) {
    if (bt >= dat.length)
      return;
    st.b = bt + 1;
    if (out) {
      fill(out, dat[bt], st.y, st.y += sz);
      return out;
    }
    return fill(new u8(sz), dat[bt]);
  }
  if (ebt > dat.length)
    return;
  if (btype == 0) {
    st.b = ebt;
    if (out) {
      out.set(dat.subarray(bt, ebt), st.y);
      st.y += sz;
      return out;
    }
    return slc(dat, bt, ebt);
  }
  if (btype == 2) {
    var b3 = dat[bt], lbt = b3 & 3, sf = b3 >> 2 & 3;
    var lss = b3 >> 4, lcs = 0, s4 = 0;
    if (lbt < 2) {
      if (sf & 1)
        lss |= dat[++bt] << 4 | (sf & 2 && dat[++bt] << 12);
      else
        lss = b3 >> 3;
    } else {
      s4 = sf;
      if (sf < 2)
        lss |= (dat[++bt] & 63) << 4, lcs = dat[bt] >> 6 | dat[++bt] << 2;
      else if (sf == 2)
        lss |= dat[++bt] << 4 | (dat[++bt] & 3) << 12, lcs = dat[bt] >> 2 | dat[++bt] << 6;
      else
        lss |= dat[++bt] << 4 | (dat[++bt] & 63) << 12, lcs = dat[bt] >> 6 | dat[++bt] << 2 | dat[++bt] << 10;
    }
    ++bt;
    var buf = out ? out.subarray(st.y, st.y + st.m) : new u8(st.m);
    var spl = buf.length - lss;
    if (lbt == 0)
      buf.set(dat.subarray(bt, bt += lss), spl);
    else if (lbt == 1)
      fill(buf, dat[bt++], spl);
    else {
      var hu = st.h;
      if (lbt == 2) {
        var hud = rhu(dat, bt);
        lcs += bt - (bt = hud[0]);
        st.h = hu = hud[1];
      } else if (!hu)
        err(0);
      (s4 ? dhu4 : dhu)(dat.subarray(bt, bt += lcs), buf.subarray(spl), hu);
    }
    var ns = dat[bt++];
    if (ns) {
      if (ns == 255)
        ns = (dat[bt++] | dat[bt++] << 8) + 32512;
      else if (ns > 127)
        ns = ns - 128 << 8 | dat[bt++];
      var scm = dat[bt++];
      if (scm & 3)
        err(0);
      var dts = [dmlt, doct, dllt];
      for (var i = 2; i > -1; --i) {
        var md = scm >> (i << 1) + 2 & 3;
        if (md == 1) {
          var rbuf = new u8([0, 0, dat[bt++]]);
          dts[i] = {
            s: rbuf.subarray(2, 3),
            n: rbuf.subarray(0, 1),
            t: new u162(rbuf.buffer, 0, 1),
            b: 0
          };
        } else if (md == 2) {
          _a = rfse(dat, bt, 9 - (i & 1)), bt = _a[0], dts[i] = _a[1];
        } else if (md == 3) {
          if (!st.t)
            err(0);
          dts[i] = st.t[i];
        }
      }
      var _b = st.t = dts, mlt = _b[0], oct = _b[1], llt = _b[2];
      var lb = dat[ebt - 1];
      if (!lb)
        err(0);
      var spos = (ebt << 3) - 8 + msb(lb) - llt.b, cbt = spos >> 3, oubt = 0;
      var lst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << llt.b) - 1;
      cbt = (spos -= oct.b) >> 3;
      var ost = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << oct.b) - 1;
      cbt = (spos -= mlt.b) >> 3;
      var mst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mlt.b) - 1;
      for (++ns; --ns; ) {
        var llc = llt.s[lst];
        var lbtr = llt.n[lst];
        var mlc = mlt.s[mst];
        var mbtr = mlt.n[mst];
        var ofc = oct.s[ost];
        var obtr = oct.n[ost];
        cbt = (spos -= ofc) >> 3;
        var ofp = 1 << ofc;
        var off = ofp + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16 | dat[cbt + 3] << 24) >>> (spos & 7) & ofp - 1);
        cbt = (spos -= mlb[mlc]) >> 3;
        var ml = mlbl[mlc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << mlb[mlc]) - 1);
        cbt = (spos -= llb[llc]) >> 3;
        var ll = llbl[llc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << llb[llc]) - 1);
        cbt = (spos -= lbtr) >> 3;
        lst = llt.t[lst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << lbtr) - 1);
        cbt = (spos -= mbtr) >> 3;
        mst = mlt.t[mst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mbtr) - 1);
        cbt = (spos -= obtr) >> 3;
        ost = oct.t[ost] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << obtr) - 1);
        if (off > 3) {
          st.o[2] = st.o[1];
          st.o[1] = st.o[0];
          st.o[0] = off -= 3;
        } else {
          var idx = off - (ll != 0);
          if (idx) {
            off = idx == 3 ? st.o[0] - 1 : st.o[idx];
            if (idx > 1)
              st.o[2] = st.o[1];
            st.o[1] = st.o[0];
            st.o[0] = off;
          } else
            off = st.o[0];
        }
        for (var i = 0; i < ll; ++i) {
          buf[oubt + i] = buf[spl + i];
        }
        oubt += ll, spl += ll;
        var stin = oubt - off;
        if (stin < 0) {
          var len = -stin;
          var bs = st.e + stin;
          if (len > ml)
            len = ml;
          for (var i = 0; i < len; ++i) {
            buf[oubt + i] = st.w[bs + i];
          }
          oubt += len, ml -= len, stin = 0;
        }
        for (var i = 0; i < ml; ++i) {
          buf[oubt + i] = buf[stin + i];
        }
        oubt += ml;
      }
      if (oubt != spl) {
        while (spl < buf.length) {
          buf[oubt++] = buf[spl++];
        }
      } else
        oubt = buf.length;
      if (out)
        st.y += oubt;
      else
        buf = slc(buf, 0, oubt);
    } else if (out) {
      st.y += lss;
      if (spl) {
        for (var i = 0; i < lss; ++i) {
          buf[i] = buf[spl + i];
        }
      }
    } else if (spl)
      buf = slc(buf, spl);
    st.b = ebt;
    return buf;
  }
  err(2);
};
var cct = function(bufs, ol) {
  if (bufs.length == 1)
    return bufs[0];
  var buf = new u8(ol);
  for (var i = 0, b = 0; i < bufs.length; ++i) {
    var chk = bufs[i];
    buf.set(chk, b);
    b += chk.length;
  }
  return buf;
};
var Decompress = /* @__PURE__ */ (function() {
  function Decompress2(ondata) {
    this.ondata = ondata;
    this.c = [];
    this.l = 0;
    this.z = 0;
  }
  Decompress2.prototype.push = function(chunk, final) {
    if (typeof this.s == "number") {
      var sub = Math.min(chunk.length, this.s);
      chunk = chunk.subarray(sub);
      this.s -= sub;
    }
    var sl = chunk.length;
    var ncs = sl + this.l;
    if (!this.s) {
      if (final) {
        if (!ncs) {
          this.ondata(new u8(0), true);
          return;
        }
        if (ncs < 5)
          err(5);
      } else if (ncs < 18) {
        this.c.push(chunk);
        this.l = ncs;
        return;
      }
      if (this.l) {
        this.c.push(chunk);
        chunk = cct(this.c, ncs);
        this.c = [];
        this.l = 0;
      }
      if (typeof (this.s = rzfh(chunk)) == "number")
        return this.push(chunk, final);
    }
    if (typeof this.s != "number") {
      if (ncs < (this.z || 3)) {
        if (final)
          err(5);
        this.c.push(chunk);
        this.l = ncs;
        return;
      }
      if (this.l) {
        this.c.push(chunk);
        chunk = cct(this.c, ncs);
        this.c = [];
        this.l = 0;
      }
      if (!this.z && ncs < (this.z = chunk[this.s.b] & 2 ? 4 : 3 + (chunk[this.s.b] >> 3 | chunk[this.s.b + 1] << 5 | chunk[this.s.b + 2] << 13))) {
        if (final)
          err(5);
        this.c.push(chunk);
        this.l = ncs;
        return;
      } else
        this.z = 0;
      for (; ; ) {
        var blk = rzb(chunk, this.s);
        if (!blk) {
          if (final)
            err(5);
          var adc = chunk.subarray(this.s.b);
          this.s.b = 0;
          this.c.push(adc), this.l += adc.length;
          return;
        } else {
          this.ondata(blk, false);
          cpw(this.s.w, 0, blk.length);
          this.s.w.set(blk, this.s.w.length - blk.length);
        }
        if (this.s.l) {
          var rest = chunk.subarray(this.s.b);
          this.s = this.s.c * 4;
          this.push(rest, final);
          return;
        }
      }
    } else if (final)
      err(5);
  };
  return Decompress2;
})();

// src/image/decompress.ts
var MAGIC_BYTES = 4;
function compressionOf(first) {
  if (first.length >= 2 && first[0] === 31 && first[1] === 139) return "gzip";
  if (first.length >= 4 && first.readUInt32LE(0) === 4247762216) return "zstd";
  return "none";
}
var FZSTD_SLICE = 256;
async function* fzstdDecode(source) {
  const out = [];
  const zstd = new Decompress((chunk) => {
    out.push(Buffer.from(chunk));
  });
  for await (const chunk of source) {
    for (let at = 0; at < chunk.length; at += FZSTD_SLICE) {
      zstd.push(chunk.subarray(at, at + FZSTD_SLICE), false);
      while (out.length > 0) yield out.shift();
    }
  }
  zstd.push(new Uint8Array(0), true);
  yield* out.splice(0);
}
var DECOMPRESS_CHUNK = 256 * 1024;
var nativeZstd = zlib.createZstdDecompress;
function consumesOnWrite(kind) {
  return kind === "gzip" || kind === "zstd" && nativeZstd !== void 0;
}
function decompressor(kind) {
  if (kind === "gzip") return zlib.createGunzip({ chunkSize: DECOMPRESS_CHUNK });
  if (kind === "zstd") return nativeZstd ? nativeZstd({ chunkSize: DECOMPRESS_CHUNK }) : Duplex.from(fzstdDecode);
  return void 0;
}

// src/image/file-chunks.ts
import { open } from "node:fs/promises";
var FILE_CHUNK = 1024 * 1024;
var FileChunks = class {
  constructor(path, range, chunk = FILE_CHUNK) {
    this.path = path;
    this.range = range;
    this.chunk = chunk;
  }
  path;
  range;
  chunk;
  /**
   * When set, a chunk's memory is read into again two chunks later: the consumer must be done with chunk k when it
   * asks for chunk k + 2. Set it before asking for the chunks it applies to; the chunks before are fresh.
   */
  reuse = false;
  async *[Symbol.asyncIterator]() {
    const file = await open(this.path, "r");
    try {
      const end = this.range ? this.range.end : (await file.stat()).size;
      const ring = [];
      let pos = this.range?.start ?? 0;
      for (let n = 0; pos < end; n++) {
        const want = Math.min(this.chunk, end - pos);
        const buf = this.reuse ? ring[n % 2] ??= Buffer.allocUnsafeSlow(this.chunk) : Buffer.allocUnsafeSlow(want);
        const { bytesRead } = await file.read(buf, 0, want, pos);
        if (bytesRead === 0) return;
        pos += bytesRead;
        yield buf.subarray(0, bytesRead);
      }
    } finally {
      await file.close();
    }
  }
};

// src/binary/zip.ts
var EOCD = 101010256;
var ZIP64_LOCATOR = 117853008;
var ZIP64_EOCD = 101075792;
var CENTRAL = 33639248;
var EOCD_SEARCH = 22 + 65535;
var MAX_NAMES = 1e5;
function listZip(tail, size) {
  const base = size - tail.length;
  const from = Math.max(0, tail.length - EOCD_SEARCH);
  let at = -1;
  for (let i = tail.length - 22; i >= from; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) return void 0;
  let entries = tail.readUInt16LE(at + 10);
  let cdSize = tail.readUInt32LE(at + 12);
  let end = at;
  const loc = at - 20;
  if (loc >= 0 && tail.readUInt32LE(loc) === ZIP64_LOCATOR) {
    const rec = Number(tail.readBigUInt64LE(loc + 8)) - base;
    if (rec >= 0 && rec + 56 <= loc && tail.readUInt32LE(rec) === ZIP64_EOCD) {
      entries = Number(tail.readBigUInt64LE(rec + 32));
      cdSize = Number(tail.readBigUInt64LE(rec + 40));
      end = rec;
    }
  }
  let start = end - cdSize;
  if (start < 0 || cdSize > size) return { names: [], entries, truncated: true };
  const names = [];
  let truncated = false;
  for (let i = 0; i < entries; i++) {
    if (start + 46 > end || tail.readUInt32LE(start) !== CENTRAL) {
      truncated = true;
      break;
    }
    const nameLen = tail.readUInt16LE(start + 28);
    const extraLen = tail.readUInt16LE(start + 30);
    const commentLen = tail.readUInt16LE(start + 32);
    if (start + 46 + nameLen > end) {
      truncated = true;
      break;
    }
    if (names.length >= MAX_NAMES) {
      truncated = true;
      break;
    }
    names.push(tail.toString("utf8", start + 46, start + 46 + nameLen));
    start += 46 + nameLen + extraLen + commentLen;
  }
  return { names, entries, ...truncated ? { truncated } : {} };
}

// src/inspect/npm/loader-source.ts
var MAX_LOADER_SOURCE = 256 * 1024;
var MARKERS = ["node-gyp-build", "require('bindings')", 'require("bindings")', ".node", "native binding"];
function mayLoadNative(bytes) {
  return MARKERS.some((m) => bytes.includes(m));
}
var NAPI_ERRORS = [/Cannot find native binding\.?[^'"`\n]{0,300}/, /Failed to load native binding/];
var CATCH = /catch\s*(?:\(\s*[\w$]*\s*\))?\s*\{([^{}]{0,400})\}/g;
var RELATIVE_REQUIRE = /require\(\s*['"`](\.{1,2}\/[^'"`]{1,200})['"`]\s*\)/g;
function readLoaderSource(text) {
  if (text.length > MAX_LOADER_SOURCE) return void 0;
  const out = {};
  const fallbacks = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(CATCH)) {
    for (const r of m[1].matchAll(RELATIVE_REQUIRE)) {
      const target = r[1];
      if (!target.endsWith(".node") && !/binding|native|prebuild/i.test(target)) fallbacks.add(target);
    }
  }
  if (fallbacks.size) out.fallbacks = [...fallbacks].slice(0, 8);
  for (const re of NAPI_ERRORS) {
    const m = re.exec(text);
    if (m) {
      out.napiError = m[0].trim();
      break;
    }
  }
  if (out.napiError && /throw\s+loadError\b/.test(text)) out.rethrows = true;
  if (/require\(\s*['"](node-gyp-build|bindings|node-gyp-build-optional-packages)['"]\s*\)\s*\(/.test(text)) {
    out.gypBuild = true;
  }
  return Object.keys(out).length ? out : void 0;
}

// src/inspect/npm/manifest.ts
var MAX_MANIFEST = 1024 * 1024;
var LOADERS = [
  "node-gyp-build",
  "node-gyp-build-optional-packages",
  "bindings",
  "@mapbox/node-pre-gyp",
  "node-pre-gyp",
  "@discordjs/node-pre-gyp",
  "prebuild-install",
  "detect-libc",
  "node-addon-api",
  "@napi-rs/wasm-runtime"
];
var strings = (v, max = 64) => {
  const list = typeof v === "string" ? [v] : Array.isArray(v) ? v : void 0;
  const out = list?.filter((x) => typeof x === "string" && x.length <= 256).slice(0, max);
  return out?.length ? out : void 0;
};
var keys = (v, max = 256) => v && typeof v === "object" && !Array.isArray(v) ? Object.keys(v).slice(0, max) : [];
function parseManifest(text) {
  if (text.length > MAX_MANIFEST) return void 0;
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) return void 0;
  const j = json;
  const m = {};
  const str = (k) => typeof j[k] === "string" && j[k].length <= 256 ? j[k] : void 0;
  const name = str("name");
  const version = str("version");
  const main = str("main");
  if (name) m.name = name;
  if (version) m.version = version;
  if (main) m.main = main;
  for (const k of ["os", "cpu", "libc"]) {
    const v = strings(j[k]);
    if (v) m[k] = v;
  }
  const meta = j.peerDependenciesMeta ?? {};
  const optionalPeers = keys(j.peerDependencies).filter((d) => meta[d]?.optional === true);
  const optional = [.../* @__PURE__ */ new Set([...keys(j.optionalDependencies), ...optionalPeers])];
  if (optional.length) m.optional = optional;
  const requires = [.../* @__PURE__ */ new Set([...keys(j.dependencies), ...keys(j.peerDependencies)])].filter(
    (d) => !optional.includes(d)
  );
  if (requires.length) m.requires = requires;
  const binary = j.binary;
  if (binary && typeof binary === "object" && typeof binary.module_path === "string") {
    m.binary = { modulePath: binary.module_path.slice(0, 512) };
    if (typeof binary.module_name === "string") m.binary.moduleName = binary.module_name.slice(0, 256);
  }
  const napi = j.napi;
  if (napi && typeof napi === "object") {
    const bn = napi.binaryName ?? napi.name;
    m.napi = typeof bn === "string" && bn.length <= 256 ? { binaryName: bn } : {};
  }
  const deps = /* @__PURE__ */ new Set([...keys(j.dependencies), ...keys(j.optionalDependencies), ...keys(j.peerDependencies)]);
  const uses = LOADERS.filter((l) => deps.has(l));
  if (uses.length) m.uses = uses;
  const bin = typeof j.bin === "string" ? [j.bin] : Object.values(j.bin ?? {});
  const bins = strings(
    bin.filter((b) => typeof b === "string"),
    32
  );
  if (bins) m.bin = bins;
  return m;
}

// src/image/peek.ts
async function peek(source, bytes) {
  const iter = source[Symbol.asyncIterator]();
  const parts = [];
  let length = 0;
  while (length < bytes) {
    const r = await iter.next();
    if (r.done) break;
    if (r.value.length === 0) continue;
    parts.push(r.value);
    length += r.value.length;
  }
  const head = Buffer.concat(parts, length);
  async function* stream() {
    try {
      if (head.length > 0) yield head;
      for (let r = await iter.next(); !r.done; r = await iter.next()) yield r.value;
    } finally {
      await iter.return?.();
    }
  }
  return { head, stream: stream() };
}
async function readFrom(stream, from) {
  const kept = [];
  let pos = 0;
  for await (const chunk of stream) {
    const end = pos + chunk.length;
    if (end > from) kept.push(Buffer.from(chunk.subarray(Math.max(0, from - pos))));
    pos = end;
  }
  return Buffer.concat(kept);
}

// src/image/package-files.ts
var JAR_TAIL = 4 * 1024 * 1024;
var MANIFEST = /\/package\.json$/;
var SCRIPT = /\/node_modules\/(?:@[^/]+\/)?[^/]+\/(?:[^/]+\/){0,3}[^/]+\.[cm]?js$/;
var JAR = /\.(jar|war|ear)$/i;
var NATIVE_NAME = /\.(so(\.\d+)*|dll|dylib|jnilib)$/i;
function packageFileKind(path, size, mode = 420) {
  if (MANIFEST.test(path)) return size <= MAX_MANIFEST ? "npm" : void 0;
  if (SCRIPT.test(path)) return size <= MAX_LOADER_SOURCE && (mode & 73) === 0 ? "js" : void 0;
  if (JAR.test(path)) return size >= 22 ? "jar" : void 0;
  return void 0;
}
function jarFacts(listing) {
  if (!listing) return void 0;
  const natives = listing.names.filter((n) => NATIVE_NAME.test(n) && !n.endsWith("/"));
  return { kind: "jar", natives, entries: listing.entries, ...listing.truncated ? { truncated: true } : {} };
}
async function readPackageFile(kind, stream, size) {
  if (kind === "jar") {
    const tail = await readFrom(stream, Math.max(0, size - JAR_TAIL));
    return jarFacts(listZip(tail, Math.max(size, tail.length)));
  }
  const bytes = await readFrom(stream, 0);
  if (kind === "npm") {
    const manifest = parseManifest(bytes.toString("utf8"));
    return manifest ? { kind, manifest } : void 0;
  }
  if (!mayLoadNative(bytes)) return void 0;
  const loader = readLoaderSource(bytes.toString("utf8"));
  return loader ? { kind, loader } : void 0;
}

// src/image/source.ts
var MAX_JSON_BYTES = 16 * 1024 * 1024;
function layerMismatch(label, expected, got) {
  const what = expected.of === "uncompressed" ? `its diff_id ${expected.digest}` : "its digest";
  return new UserError(`layer ${label} does not match ${what} (got ${got}): the image is corrupt`);
}

// src/image/layer.ts
var MAX_CONFIG_TEXT = 256 * 1024;
var LD_CACHE = "/etc/ld.so.cache";
var MAX_LD_CACHE = 16 * 1024 * 1024;
function isKeptText(path) {
  return path === "/etc/ld.so.conf" || path === "/etc/passwd" || /^\/etc\/ld\.so\.conf\.d\/[^/]+$/.test(path) || /^\/etc\/ld-musl-[\w-]+\.path$/.test(path) || /\/lib\/(?:[\w-]+\/)?jvm\.cfg$/.test(path);
}
function normalizeEntryPath(name) {
  const out = [];
  for (const part of name.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return "/" + out.join("/");
}
function entryType(t) {
  switch (t) {
    case "file":
    case "contiguous-file":
      return "file";
    case "directory":
      return "dir";
    case "symlink":
      return "symlink";
    case "link":
      return "hardlink";
    default:
      return "other";
  }
}
async function walkLayer(raw, expectedDigest, label) {
  const expected = typeof expectedDigest === "string" ? { digest: expectedDigest } : expectedDigest;
  label ??= expected?.digest ?? "layer";
  const algo = expected?.digest.startsWith("sha512:") ? "sha512" : "sha256";
  const uncompressed = expected?.of === "uncompressed";
  const got = await readLayer(raw, label, algo, uncompressed);
  const digest = uncompressed ? got.uncompressedDigest : got.digest;
  if (expected && digest !== expected.digest) throw layerMismatch(label, expected, digest);
  return got.entries;
}
function walkFile(path, expected, range, label) {
  return walkLayer(new FileChunks(path, range), expected, label);
}
async function entryOf(entry, bytes) {
  const h = entry.header;
  const type = entryType(h.type);
  const mode = h.mode ?? 0;
  const e = {
    path: normalizeEntryPath(h.name),
    type,
    mode,
    size: h.size ?? 0,
    uid: h.uid ?? 0,
    gid: h.gid ?? 0
  };
  if (h.linkname) e.linkname = h.linkname;
  const pkgKind = type === "file" ? packageFileKind(e.path, e.size, mode) : void 0;
  if (type === "file" && isKeptText(e.path) && e.size <= MAX_CONFIG_TEXT) {
    e.text = (await readFrom(bytes, 0)).toString("utf8");
  } else if (type === "file" && e.path === LD_CACHE && e.size <= MAX_LD_CACHE) {
    e.ldCache = parseLdCache(await readFrom(bytes, 0)) ?? [];
  } else if (pkgKind) {
    const pkg = await readPackageFile(pkgKind, bytes, e.size);
    if (pkg) e.pkg = pkg;
  } else if (type === "file") {
    const kept = await captureEntry(bytes, mode, e.size);
    if (kept.binary) e.binary = kept.binary;
    if (kept.sha256) e.sha256 = kept.sha256;
  } else {
    entry.resume();
  }
  return e;
}
function layerError(err2, label) {
  if (err2 instanceof UserError || isTransient(err2)) return err2;
  return new UserError(`cannot read layer ${label}: ${errorMessage(err2)}`);
}
function bytesOf(entry, fromData) {
  const mark = (err2) => {
    if (typeof err2 === "object" && err2 !== null) fromData.add(err2);
    throw err2;
  };
  return {
    resume: () => entry.resume(),
    [Symbol.asyncIterator]: () => {
      const it = entry[Symbol.asyncIterator]();
      return {
        next: () => it.next().catch(mark),
        return: async (value) => it.return ? it.return(value) : { done: true, value }
      };
    }
  };
}
function written(stream, chunk) {
  return new Promise((resolve, reject) => {
    const gone = () => reject(new Error("the decompressor closed before its input ended"));
    stream.once("close", gone);
    stream.write(chunk, (err2) => {
      stream.off("close", gone);
      if (err2) reject(err2);
      else resolve();
    });
  });
}
async function feed(chunks, into) {
  let inflight = Promise.resolve();
  for await (const chunk of chunks) {
    await inflight;
    inflight = written(into, chunk);
    inflight.catch(() => void 0);
  }
  await inflight;
  into.end();
}
async function readLayer(raw, label, algo = "sha256", hashUncompressed = false) {
  const hash = createHash2(algo);
  const plainHash = hashUncompressed ? createHash2(algo) : void 0;
  let peeked;
  try {
    peeked = await peek(raw, MAGIC_BYTES);
  } catch (err2) {
    throw layerError(err2, label);
  }
  const { head, stream } = peeked;
  async function* hashed() {
    for await (const chunk of stream) {
      hash.update(chunk);
      yield chunk;
    }
  }
  const entries = [];
  const extract2 = tar.extract();
  const fromData = /* @__PURE__ */ new WeakSet();
  let bug;
  const consume = (async () => {
    for await (const entry of extract2) {
      try {
        entries.push(await entryOf(entry, bytesOf(entry, fromData)));
      } catch (err2) {
        if (!(typeof err2 === "object" && err2 !== null && fromData.has(err2))) bug ??= { error: err2 };
        throw err2;
      }
    }
  })();
  const kind = compressionOf(head);
  const decompress = decompressor(kind);
  const inTurns = decompress !== void 0 && raw instanceof FileChunks && consumesOnWrite(kind);
  if (inTurns) raw.reuse = true;
  const sink = extract2;
  const stages = [];
  const input = [];
  let fed = Promise.resolve();
  if (inTurns) {
    fed = feed(hashed(), decompress).catch((err2) => {
      decompress.destroy(err2);
    });
  } else {
    input.push(Readable.from(hashed()));
  }
  if (decompress) stages.push(decompress);
  if (plainHash) {
    stages.push(
      new Transform({
        transform(chunk, _enc, cb) {
          plainHash.update(chunk);
          cb(null, chunk);
        }
      })
    );
  }
  const done = pipeline([...input, ...stages, sink]);
  try {
    await Promise.all([done, consume, fed]);
  } catch (err2) {
    await fed;
    if (bug) throw bug.error;
    throw layerError(err2, label);
  }
  const digest = `${algo}:${hash.digest("hex")}`;
  return {
    entries,
    digest,
    ...hashUncompressed ? { uncompressedDigest: plainHash ? `${algo}:${plainHash.digest("hex")}` : digest } : {},
    compressed: decompress !== void 0
  };
}

// src/image/layer-worker.ts
parentPort?.on("message", (job) => {
  walkFile(job.path, job.expected, job.range, job.label).then(
    (entries) => parentPort?.postMessage({ id: job.id, entries }),
    (err2) => parentPort?.postMessage({
      id: job.id,
      error: errorMessage(err2),
      user: err2 instanceof UserError,
      // A bug's stack, for the log: the error itself cannot cross to the main thread.
      ...!(err2 instanceof UserError) && err2 instanceof Error && err2.stack ? { stack: err2.stack } : {}
    })
  );
});

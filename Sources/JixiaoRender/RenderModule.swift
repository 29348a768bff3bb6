// JixiaoRender: fonts, typesetting, pagination, painting. The only target that imports CCairo/CPango.
import JixiaoCore

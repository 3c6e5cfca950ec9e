<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" maxScale="0" version="3.22.16-Białowieża" minScale="1e+08" styleCategories="AllStyleCategories">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal enabled="0" mode="0" fetchMode="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <customproperties>
    <Option type="Map">
      <Option name="identify/format" type="QString" value="Value"/>
    </Option>
  </customproperties>
  <pipe-data-defined-properties>
    <Option type="Map">
      <Option name="name" type="QString" value=""/>
      <Option name="properties"/>
      <Option name="type" type="QString" value="collection"/>
    </Option>
  </pipe-data-defined-properties>
  <pipe>
    <provider>
      <resampling zoomedOutResamplingMethod="nearestNeighbour" enabled="false" zoomedInResamplingMethod="nearestNeighbour" maxOversampling="2"/>
    </provider>
    <rasterrenderer opacity="1" nodataColor="" band="1" alphaBand="-1" type="paletted">
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <colorPalette>
        <paletteEntry color="#006400" value="10" label="Tree cover" alpha="255"/>
        <paletteEntry color="#ffbb22" value="20" label="Shrubland" alpha="255"/>
        <paletteEntry color="#ffff4c" value="30" label="Grassland" alpha="255"/>
        <paletteEntry color="#f096ff" value="40" label="Cropland" alpha="255"/>
        <paletteEntry color="#fa0000" value="50" label="Built-up" alpha="255"/>
        <paletteEntry color="#b4b4b4" value="60" label="Bare / sparse vegetation" alpha="255"/>
        <paletteEntry color="#f0f0f0" value="70" label="Snow and ice" alpha="255"/>
        <paletteEntry color="#0064c8" value="80" label="Permanent water bodies" alpha="255"/>
        <paletteEntry color="#0096a0" value="90" label="Herbaceous wetland" alpha="255"/>
        <paletteEntry color="#00cf75" value="95" label="Mangroves" alpha="255"/>
        <paletteEntry color="#fae6a0" value="100" label="Moss and lichen" alpha="255"/>
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast gamma="1" contrast="0" brightness="0"/>
    <huesaturation colorizeOn="0" colorizeStrength="100" grayscaleMode="0" saturation="0" colorizeGreen="128" colorizeRed="255" invertColors="0" colorizeBlue="128"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>

<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="AllStyleCategories" maxScale="0" minScale="1e+08" version="3.22.16-Białowieża" hasScaleBasedVisibilityFlag="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal fetchMode="0" mode="0" enabled="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <customproperties>
    <Option type="Map">
      <Option type="QString" value="Value" name="identify/format"/>
    </Option>
  </customproperties>
  <pipe-data-defined-properties>
    <Option type="Map">
      <Option type="QString" value="" name="name"/>
      <Option name="properties"/>
      <Option type="QString" value="collection" name="type"/>
    </Option>
  </pipe-data-defined-properties>
  <pipe>
    <provider>
      <resampling maxOversampling="2" zoomedOutResamplingMethod="nearestNeighbour" enabled="false" zoomedInResamplingMethod="nearestNeighbour"/>
    </provider>
    <rasterrenderer type="paletted" band="1" opacity="1" alphaBand="-1" nodataColor="">
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <colorPalette>
        <paletteEntry label="Tree cover" value="10" color="#006400" alpha="255"/>
        <paletteEntry label="Shrubland" value="20" color="#ffbb22" alpha="255"/>
        <paletteEntry label="Grassland" value="30" color="#ffff4c" alpha="255"/>
        <paletteEntry label="Cropland" value="40" color="#f096ff" alpha="255"/>
        <paletteEntry label="Built-up" value="50" color="#fa0000" alpha="255"/>
        <paletteEntry label="Bare / sparse vegetation" value="60" color="#b4b4b4" alpha="255"/>
        <paletteEntry label="Snow and ice" value="70" color="#f0f0f0" alpha="255"/>
        <paletteEntry label="Permanent water bodies" value="80" color="#0064c8" alpha="255"/>
        <paletteEntry label="Herbaceous wetland" value="90" color="#0096a0" alpha="255"/>
        <paletteEntry label="Mangroves" value="95" color="#00cf75" alpha="255"/>
        <paletteEntry label="Moss and lichen" value="100" color="#fae6a0" alpha="255"/>
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast brightness="0" gamma="1" contrast="0"/>
    <huesaturation invertColors="0" colorizeBlue="128" colorizeOn="0" grayscaleMode="0" saturation="0" colorizeRed="255" colorizeGreen="128" colorizeStrength="100"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
